/** What the figure shows of InfoNCE: directions, one anchor's angles, its softmax and τ. */
import { INFONCE, TEMPERATURE } from '../../../engine';
import { activeOutput, type Evaluation } from '../../../scene/evaluation';
import { knobValue } from '../../../scene/model';
import { CONTEXT, mark } from '../../legend/marks';
import type { LossView } from '../lossViews';
import { chooseAnchor, cosineOf, cosineText, nearestNegative } from './infonceModel';
import { InfoNceOverlay } from './InfoNceOverlay';
import { InfoNcePanel } from './InfoNcePanel';
import { arcPositives } from './overlayGeometry';
import { TemperatureSlider } from './TemperatureSlider';
import { formatTau } from './temperatureScale';

/** The anchor the plane shows until a point is chosen, and its angles, in words. */
function describeAnchor(evaluation: Evaluation): string {
  const { scene, identityOf } = evaluation;
  const output = activeOutput(evaluation, INFONCE);
  const label = (i: number) => scene.points[i]!.label;
  const anchor = chooseAnchor(identityOf, null, null);
  if (!output || anchor === null || output.radius[anchor] === 0)
    return 'There is no anchor to show.';
  const cosine = (k: number) => `${label(k)} at cos ${cosineText(cosineOf(output, anchor, k))}`;
  const positives = arcPositives(output, identityOf, anchor);
  const negative = nearestNegative(output, identityOf, anchor);
  return (
    `The anchor shown on the plane until you choose a point is ${label(anchor)}` +
    (positives.length > 0
      ? `; photos of the same person: ${positives.map(cosine).join(', ')}`
      : '') +
    (negative >= 0 ? `; nearest photo of someone else: ${cosine(negative)}` : '') +
    `. Temperature τ = ${String(knobValue(scene, TEMPERATURE))}.`
  );
}

export const INFONCE_VIEW: LossView = {
  Panel: InfoNcePanel,
  Control: TemperatureSlider,
  Overlay: InfoNceOverlay,
  tab: 'InfoNCE',
  landscapeNote: (label) =>
    `Only the direction of ${label} from the origin counts, so the shading is the same all along each ray.`,
  markedPoints: ({ identityOf }, { active, highlight }) => {
    const anchor = chooseAnchor(identityOf, active, highlight);
    return anchor === null ? [] : [anchor];
  },
  legend: ({ knob: tau, shown }) => [
    mark('ray', 'Rays from the origin: each point’s direction, all that cosine similarity sees'),
    mark('anchor', 'Ringed point: the anchor, whose angles the arcs show'),
    mark(
      'arc-positive',
      'Green arc: the angle to a photo of the same person, best narrow (cos near 1)',
    ),
    mark('arc-negative', 'Red arc: the angle to the nearest photo of someone else, best wide'),
    ...(shown.lines ? [CONTEXT] : []),
    mark(
      'arrow',
      `Arrow: where one step of gradient descent moves the point, at temperature τ = ${formatTau(tau)}`,
    ),
  ],
  legendNote: null,
  describe: describeAnchor,
};
