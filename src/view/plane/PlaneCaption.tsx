import { learningRateOf } from '../../scene/evaluation';
import { useEvaluation } from '../explorerContext';
import { fixed4 } from '../kit/format';
import { landscapeColour } from './canvas/drawUnderlay';
import type { LandscapeField } from './canvas/landscapeField';

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
  /** What the shading shows under the active loss, after the sentence that says what it is. */
  fieldNote: string;
  /** The landscape's colour at its lowest loss (the card's colour). */
  rampStart: string;
}) {
  return (
    <div className="plane-caption">
      <ArrowScale arrowScale={arrowScale} norm={norm} />
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

/** How far a step goes: lr × −∇L as a share of an arrow drawn at arrowScale × −∇L. */
export function stepShare(learningRate: number, arrowScale: number): string {
  const share = learningRate / arrowScale;
  if (share < 0.01) return 'less than 1% of its arrow';
  if (share <= 2) return `${Number((100 * share).toPrecision(2))}% of its arrow`;
  return `${Number(share.toPrecision(2))} times its arrow`;
}

/**
 * The arrows are drawn longer or shorter than a training step so they can be seen; the caption
 * says by how much, and how far the step the learning rate sets actually goes.
 */
function ArrowScale({ arrowScale, norm }: { arrowScale: number; norm: boolean }) {
  const learningRate = learningRateOf(useEvaluation());
  return (
    <p className="arrow-scale" data-testid="arrow-scale" data-value={arrowScale}>
      Arrows: −∇L{norm ? ' along the circle (the part that can move a point on it)' : ''} ×{' '}
      {arrowScale}, scaled to be seen. A training step (learning rate {learningRate}) moves a point{' '}
      {stepShare(learningRate, arrowScale)}.
    </p>
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
        Shading: what the total loss would be with <strong>{label}</strong> moved to that spot.{' '}
        {note}
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
