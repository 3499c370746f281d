/**
 * The triplet last clicked in the table, shared by the table (which marks its row) and the plane
 * (which draws it). It is a view's choice, not part of the scene, so it lives beside the views in
 * a tiny store read with useSyncExternalStore. It names its points by label as well as by index:
 * once the scene changes under it (a point deleted, another scene loaded) the labels no longer
 * match and the choice lapses by itself.
 */
import { useSyncExternalStore } from 'react';
import type { LossContext } from '../../../engine';
import { isTriplet, type TripletPoints } from './tripletTable';

export interface ChosenTriplet extends TripletPoints {
  /** The labels of anchor, positive and negative when it was chosen. */
  readonly labels: readonly [string, string, string];
}

let chosen: ChosenTriplet | null = null;
const listeners = new Set<() => void>();

export function chooseTriplet(next: ChosenTriplet | null): void {
  chosen = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => chosen;

export function useChosenTriplet(): ChosenTriplet | null {
  return useSyncExternalStore(subscribe, current, current);
}

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
