/**
 * The triplet table, one page at a time. A scene of a few hundred points has millions of
 * triplets, so rows are never listed in full: for each (anchor, positive) the sorted negative
 * distances say how many of its triplets are of each kind, whole blocks before the page are
 * skipped by count, and only the page's own rows are built. Order: anchor, then positive, then
 * negative, each by point index.
 */
import { knobIn, MARGIN } from '../knobs';
import type { LossContext } from '../lossContext';
import {
  countBelow,
  createScratch,
  gatherAnchor,
  tripletKind,
  tripletLoss,
  type TripletKind,
} from './triplet';

export type TripletFilter = TripletKind | 'all';

export interface TripletRow {
  readonly anchor: number;
  readonly positive: number;
  readonly negative: number;
  readonly positiveDistance: number;
  readonly negativeDistance: number;
  readonly loss: number;
  readonly kind: TripletKind;
}

export interface TripletPage {
  readonly rows: TripletRow[];
  /** How many triplets pass the filter (and the anchor, if one is given). */
  readonly matching: number;
}

export interface TripletQuery {
  readonly filter: TripletFilter;
  /** Only this anchor's triplets, or every anchor's when null. */
  readonly anchor: number | null;
  readonly offset: number;
  readonly limit: number;
}

/** How many of the block's negatives (sorted distances) pass the filter. */
function blockCount(
  filter: TripletFilter,
  sorted: Float64Array,
  negatives: number,
  distance: number,
  margin: number,
): number {
  if (filter === 'all') return negatives;
  const fighting = countBelow(sorted, negatives, distance + margin);
  const hard = countBelow(sorted, negatives, distance);
  if (filter === 'hard') return hard;
  if (filter === 'semi-hard') return fighting - hard;
  return negatives - fighting;
}

export function tripletPage(context: LossContext, query: TripletQuery): TripletPage {
  const margin = knobIn(context, MARGIN);
  const n = context.embedding.xs.length;
  const scratch = createScratch(n);
  const rows: TripletRow[] = [];
  let matching = 0;
  const anchors = query.anchor === null ? [...Array(n).keys()] : [query.anchor];
  for (const a of anchors) {
    const [positiveCount, negativeCount] = gatherAnchor(context, a, scratch);
    if (positiveCount === 0 || negativeCount === 0) continue;
    const { positiveDistance, negativeDistance, sortedNegative, positives, negatives } = scratch;
    sortedNegative.set(negativeDistance.subarray(0, negativeCount));
    sortedNegative.subarray(0, negativeCount).sort();
    for (let k = 0; k < positiveCount; k++) {
      const distance = positiveDistance[k]!;
      const inBlock = blockCount(query.filter, sortedNegative, negativeCount, distance, margin);
      const start = matching;
      matching += inBlock;
      const wanted = query.offset + query.limit;
      if (inBlock === 0 || matching <= query.offset || start >= wanted) continue;
      let seen = start;
      for (let l = 0; l < negativeCount && seen < wanted; l++) {
        const toNegative = negativeDistance[l]!;
        const kind = tripletKind(distance, toNegative, margin);
        if (query.filter !== 'all' && kind !== query.filter) continue;
        if (seen++ < query.offset) continue;
        rows.push({
          anchor: a,
          positive: positives[k]!,
          negative: negatives[l]!,
          positiveDistance: distance,
          negativeDistance: toNegative,
          loss: tripletLoss(distance, toNegative, margin),
          kind,
        });
      }
    }
  }
  return { rows, matching };
}

/** The anchor's triplet with the largest loss (ties: the first in table order), or null. */
export function hardestTriplet(context: LossContext, anchor: number): TripletRow | null {
  const scratch = createScratch(context.embedding.xs.length);
  const [positiveCount, negativeCount] = gatherAnchor(context, anchor, scratch);
  if (positiveCount === 0 || negativeCount === 0) return null;
  const { positiveDistance, negativeDistance, positives, negatives } = scratch;
  let farthest = 0;
  for (let k = 1; k < positiveCount; k++)
    if (positiveDistance[k]! > positiveDistance[farthest]!) farthest = k;
  let nearest = 0;
  for (let l = 1; l < negativeCount; l++)
    if (negativeDistance[l]! < negativeDistance[nearest]!) nearest = l;
  const toPositive = positiveDistance[farthest]!;
  const toNegative = negativeDistance[nearest]!;
  return {
    anchor,
    positive: positives[farthest]!,
    negative: negatives[nearest]!,
    positiveDistance: toPositive,
    negativeDistance: toNegative,
    loss: tripletLoss(toPositive, toNegative, knobIn(context, MARGIN)),
    kind: tripletKind(toPositive, toNegative, knobIn(context, MARGIN)),
  };
}
