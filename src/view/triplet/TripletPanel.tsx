export function TripletPanel() {
  return <p>TripletPanel</p>;
}
