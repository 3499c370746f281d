/**
 * The view side of the loss registry: for each loss, what the figure shows of it. The plane
 * draws the active loss's overlay, the slider row shows its knob, and the first tab its table.
 * Nothing else in the page asks which loss is active.
 */
import type { ComponentType } from 'react';
import type { LossId } from '../../engine';
import type { Evaluation } from '../../scene/evaluation';
import type { Highlight } from '../../scene/store/store';
import { MarginSlider } from '../controls/MarginSlider';
import { InfoNceOverlay } from './infonce/InfoNceOverlay';
import { chooseAnchor } from './infonce/infonceModel';
import { InfoNcePanel } from './infonce/InfoNcePanel';
import { TemperatureSlider } from './infonce/TemperatureSlider';
import type { PlaneLayout } from '../kit/layout';
import type { PointLabelSpots } from '../plane/marks/PointLabels';
import type { PlaneScales } from '../kit/scales';
import { PairTable } from '../kit/table/PairTable';
import { TripletOverlay } from './triplet/TripletOverlay';
import { chosenIn, type ChosenTriplet } from './triplet/chosenTriplet';
import { shownTriplet } from './triplet/shownTriplet';
import { TripletPanel } from './triplet/TripletPanel';

/** What an overlay gets: the evaluation, where each point is drawn, and the chosen anchor. */
export interface OverlayProps {
  readonly evaluation: Evaluation;
  readonly scales: PlaneScales;
  readonly layout: PlaneLayout;
  /** The point the user picked last (clicked, dragged or focused), or null. */
  readonly anchor: number | null;
  /** The point labels as drawn, which the overlay's own words keep clear of. */
  readonly labels: PointLabelSpots;
}

/** What the overlay's choice of points depends on. */
export interface InHand {
  /** The point picked last, or null. */
  readonly active: number | null;
  readonly highlight: Highlight;
  /** The triplet chosen in the Triplets tab, if any. */
  readonly chosenTriplet: ChosenTriplet | null;
}

export interface LossView {
  /** The first tab's content: the loss's table of terms. */
  readonly Panel: ComponentType;
  /** The knob under the plane. */
  readonly Control: ComponentType;
  /** Extra marks on the plane, above the pair lines; null for none. */
  readonly Overlay: ComponentType<OverlayProps> | null;
  /** The first tab's name. */
  readonly tab: string;
  /** What the landscape of point `label` shows under this loss, in a sentence or two. */
  readonly landscapeNote: (label: string) => string;
  /** The points the overlay marks, whose labels are always shown (the triplet, the anchor). */
  readonly markedPoints: (evaluation: Evaluation, inHand: InHand) => number[];
}

const hovered = (highlight: Highlight) => (highlight?.kind === 'point' ? highlight.index : null);

export const LOSS_VIEWS: Readonly<Record<LossId, LossView>> = {
  contrastive: {
    Panel: PairTable,
    Control: MarginSlider,
    Overlay: null,
    tab: 'Losses',
    landscapeNote: (label) =>
      `Past the dashed edge no other person is within m of ${label}: only its pulls remain.`,
    markedPoints: () => [],
  },
  triplet: {
    Panel: TripletPanel,
    Control: MarginSlider,
    Overlay: TripletOverlay,
    tab: 'Triplets',
    landscapeNote: (label) =>
      `Only the triplets that hold ${label}, as anchor, positive or negative, change with it.`,
    markedPoints: ({ context, scene }, { active, highlight, chosenTriplet }) => {
      const choice = chosenIn(chosenTriplet, context, (i) => scene.points[i]?.label);
      const triplet = shownTriplet(context, choice, active ?? hovered(highlight));
      return triplet ? [triplet.anchor, triplet.positive, triplet.negative] : [];
    },
  },
  infonce: {
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
  },
};
