import './colour-swatch.css';

/** A small square in an identity's colour, beside a point's label in the tables. */
export function ColourSwatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ background: colour }} />;
}
