import { fixed4 } from '../format';
import { landscapeColour } from './drawUnderlay';
import type { LandscapeField } from './landscapeField';

/**
 * Under the plane: what an arrow's length means, what the unit circle changes, and the
 * landscape's colour legend.
 */
export function PlaneCaption({
  arrowScale,
  norm,
  field,
  fieldLabel,
  fieldNote,
  rampStart,
}: {
  arrowScale: number;
  norm: boolean;
  field: LandscapeField | null;
  fieldLabel: string;
  /** What the shading shows under the active loss, after "the total loss were X moved there". */
  fieldNote: string;
  /** The landscape's colour at its lowest loss (the card's colour). */
  rampStart: string;
}) {
  return (
    <div className="plane-caption">
      <p className="arrow-scale" data-testid="arrow-scale" data-value={arrowScale}>
        Arrows show −∇L × {arrowScale}: one gradient-descent step at learning rate {arrowScale}
        {norm ? ', along the circle (the part of the gradient that can move a point on it)' : ''}.
      </p>
      {norm && (
        <p className="norm-note" data-testid="norm-note">
          On the unit circle, as with L2-normalised embeddings, two points are never more than 2
          apart, so a margin between 0.5 and 1 asks for a clear gap without asking the impossible.
        </p>
      )}
      {field && (
        <LandscapeLegend field={field} label={fieldLabel} note={fieldNote} rampStart={rampStart} />
      )}
    </div>
  );
}

function LandscapeLegend({
  field,
  label,
  note,
  rampStart,
}: {
  field: LandscapeField;
  label: string;
  note: string;
  rampStart: string;
}) {
  const colour = landscapeColour(field, rampStart);
  const stops = Array.from({ length: 11 }, (_, k) =>
    colour(field.min + ((field.max - field.min) * k) / 10),
  );
  return (
    <div
      className="landscape-legend"
      data-testid="landscape"
      data-point={label}
      data-min={field.min}
      data-max={field.max}
      data-at-point={field.atPoint}
    >
      <span>
        Shading: the total loss were <strong>{label}</strong> moved there. {note}
      </span>
      <span className="legend-bar">
        <span className="legend-value">{fixed4(field.min)}</span>
        <span
          className="legend-ramp"
          style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
        />
        <span className="legend-value">{fixed4(field.max)}</span>
      </span>
    </div>
  );
}
