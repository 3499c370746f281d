export function InfoNcePanel() {
  return <p>InfoNcePanel</p>;
}
