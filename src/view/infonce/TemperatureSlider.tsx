export function TemperatureSlider() {
  return <p>TemperatureSlider</p>;
}
