/**
 * The triplet last clicked in the table, which the table marks and the plane draws: the store's
 * chosen term (scene/store/store.ts), read as a triplet. It names its points by label as well as
 * by index, so once the scene changes under it the choice lapses by itself.
 */
import type { LossContext } from '../../../engine';
import type { ChosenTerm } from '../../../scene/store/store';
import { useExplorer } from '../../explorerContext';
import { isTriplet, type TripletPoints } from './tripletTable';

export interface ChosenTriplet extends TripletPoints {
  /** The labels of anchor, positive and negative when it was chosen. */
  readonly labels: readonly [string, string, string];
}

const triplets = new WeakMap<ChosenTerm, ChosenTriplet>();

/** The chosen term as a triplet, if it is one: the same object for the same term. */
export function tripletOf(term: ChosenTerm | null): ChosenTriplet | null {
  if (term?.points.length !== 3 || term.labels.length !== 3) return null;
  let triplet = triplets.get(term);
  if (!triplet) {
    const [anchor, positive, negative] = term.points as [number, number, number];
    const labels = term.labels as [string, string, string];
    triplets.set(term, (triplet = { anchor, positive, negative, labels }));
  }
  return triplet;
}

/** The term to choose for a triplet. */
export const termOf = ({ anchor, positive, negative, labels }: ChosenTriplet): ChosenTerm => ({
  points: [anchor, positive, negative],
  labels,
});

export const useChosenTriplet = (): ChosenTriplet | null =>
  tripletOf(useExplorer((state) => state.chosenTerm));

/** The choice if it still names a triplet of this scene by the same labels, else null. */
export function chosenIn(
  choice: ChosenTriplet | null,
  context: LossContext,
  labelOf: (index: number) => string | undefined,
): ChosenTriplet | null {
  if (!choice || !isTriplet(context, choice)) return null;
  const [anchor, positive, negative] = choice.labels;
  return labelOf(choice.anchor) === anchor &&
    labelOf(choice.positive) === positive &&
    labelOf(choice.negative) === negative
    ? choice
    : null;
}
