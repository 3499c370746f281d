/** What the figure shows of the triplet loss: its triplets, the one on the plane and its ring. */
import type { Evaluation } from '../../../scene/evaluation';
import { MarginSlider } from '../../controls/MarginSlider';
import { fixed2 } from '../../kit/format';
import { ARROW, CONTEXT, mark } from '../../legend/marks';
import type { LossView } from '../lossViews';
import { chosenIn, tripletOf } from './chosenTriplet';
import { sceneHardestTriplet, shownTriplet } from './shownTriplet';
import { TripletOverlay } from './TripletOverlay';
import { TripletPanel } from './TripletPanel';

/** The hardest triplet, which the plane shows until a point is chosen, in words. */
function describeTriplet({ context, scene }: Evaluation): string {
  const label = (i: number) => scene.points[i]!.label;
  const triplet = sceneHardestTriplet(context);
  if (!triplet)
    return 'No point has both a photo of the same person and one of someone else: there is no triplet.';
  return (
    `The hardest triplet, shown on the plane until you choose a point: anchor ${label(triplet.anchor)}, ` +
    `positive ${label(triplet.positive)} at D ${fixed2(triplet.positiveDistance)}, negative ` +
    `${label(triplet.negative)} at D ${fixed2(triplet.negativeDistance)}; the ring D(a,p) + m has radius ` +
    `${fixed2(triplet.positiveDistance + scene.margin)}, so this triplet costs ${fixed2(triplet.loss)}.`
  );
}

export const TRIPLET_VIEW: LossView = {
  Panel: TripletPanel,
  Control: MarginSlider,
  Overlay: TripletOverlay,
  tab: 'Triplets',
  landscapeNote: (label) =>
    `Only the triplets that hold ${label}, as anchor, positive or negative, change with it.`,
  markedPoints: ({ context, scene }, { active, highlight, chosen }) => {
    const choice = chosenIn(tripletOf(chosen), context, (i) => scene.points[i]?.label);
    const hovered = highlight?.kind === 'point' ? highlight.index : null;
    const triplet = shownTriplet(context, choice, active ?? hovered);
    return triplet ? [triplet.anchor, triplet.positive, triplet.negative] : [];
  },
  legend: ({ knob: margin, shown }) => [
    mark(
      'triplet-positive',
      'Green line: the anchor a to its positive p, a photo of the same person, pulled closer',
    ),
    mark(
      'triplet-negative',
      'Red line: the anchor a to its negative n, a photo of someone else, pushed away',
    ),
    mark(
      'triplet-ring',
      `Dashed ring: D(a,p) + m around the anchor (m = ${fixed2(margin)}); a negative inside it still costs loss`,
    ),
    ...(shown.lines ? [CONTEXT] : []),
    ARROW,
  ],
  legendNote: null,
  describe: describeTriplet,
};
