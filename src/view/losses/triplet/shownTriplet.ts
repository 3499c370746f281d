/**
 * Which triplet the plane shows under the triplet loss. A student who switches to it should see
 * a triplet at once, not only after finding the table below the fold: with no point in hand the
 * plane shows the scene's hardest triplet (the one with the largest loss), or the one chosen in
 * the table; with a point in hand, that point's chosen triplet or else its hardest.
 */
import { hardestTriplet, type LossContext, type TripletRow } from '../../../engine';
import type { ChosenTriplet } from './chosenTriplet';
import { measureTriplet } from './tripletTable';

const hardest = new WeakMap<LossContext, TripletRow | null>();

/**
 * The triplet of the whole scene with the largest loss: each anchor's hardest (farthest positive,
 * nearest negative) is its largest, so the largest of those. Ties go to the first anchor. Null
 * when no point has both a positive and a negative.
 */
export function sceneHardestTriplet(context: LossContext): TripletRow | null {
  if (hardest.has(context)) return hardest.get(context)!;
  let best: TripletRow | null = null;
  for (let a = 0; a < context.identityOf.length; a++) {
    const row = hardestTriplet(context, a);
    if (row && (!best || row.loss > best.loss)) best = row;
  }
  hardest.set(context, best);
  return best;
}

/**
 * The triplet drawn: `anchor` is the point in hand (chosen, else pointed at), `choice` the row
 * chosen in the table if it still holds (see chosenIn).
 */
export function shownTriplet(
  context: LossContext,
  choice: ChosenTriplet | null,
  anchor: number | null,
): TripletRow | null {
  if (anchor === null)
    return choice ? measureTriplet(context, choice) : sceneHardestTriplet(context);
  if (anchor < 0 || anchor >= context.identityOf.length) return null;
  return choice && choice.anchor === anchor
    ? measureTriplet(context, choice)
    : hardestTriplet(context, anchor);
}
