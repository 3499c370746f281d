export function LossComparison() {
  return <p>LossComparison</p>;
}
