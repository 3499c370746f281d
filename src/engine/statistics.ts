/**
 * Counts the views need about every pair, kept up to date in O(degree) when one point moves, so a
 * drag in a scene of half a million pairs does not rescan them all each frame.
 *
 * The evaluator calls `removePoint` before the engine updates a moved point's pairs (the arrays
 * still hold the old distances and losses) and `addPoint` after; a full evaluation is followed by
 * `countStatistics`.
 */
import type { PairIncidence, PairList } from './pairs';

export interface PairStatistics {
  /** Per point: its dissimilar pairs (fixed for a pair list). */
  readonly dissimilarOfPoint: Uint32Array;
  /** Per point: its dissimilar pairs closer than the margin (its margin circle is "active"). */
  readonly activeDissimilarOfPoint: Uint32Array;
  /** Similar pairs (fixed for a pair list). */
  readonly similar: number;
  /** Dissimilar pairs with D < m: the negatives that still push. */
  activeDissimilar: number;
  /** Dissimilar pairs whose points coincide while the margin asks them apart (D = 0, m > 0). */
  coincident: number;
  /** Pairs with zero loss, and so zero gradient. */
  resting: number;
  /** The pair with the largest loss (-1 if none), unless `largestStale`. */
  largest: number;
  largestLoss: number;
  /** The largest pair may have shrunk; `largestPair` rescans. */
  largestStale: boolean;
  /**
   * The pairs' losses each rounded to four decimals, summed, in units of 0.0001: the rounding
   * trap of the worked example. Whole numbers, so adding and taking away a drag's pairs a
   * thousand times never drifts.
   */
  roundedUnits: number;
}

/** The counts a full pass over the pairs finds, as they go into the statistics. */
export type PairCounts = Pick<
  PairStatistics,
  'activeDissimilar' | 'coincident' | 'resting' | 'largest' | 'largestLoss' | 'roundedUnits'
>;

/** Puts a full pass's counts into the statistics; its largest pair is then exact. */
export function setCounts(stats: PairStatistics, counts: PairCounts): void {
  stats.activeDissimilar = counts.activeDissimilar;
  stats.coincident = counts.coincident;
  stats.resting = counts.resting;
  stats.largest = counts.largest;
  stats.largestLoss = counts.largestLoss;
  stats.largestStale = false;
  stats.roundedUnits = counts.roundedUnits;
}

/** A loss rounded to four decimals, in units of 0.0001 (how the table shows it). */
export const roundedUnitsOf = (loss: number): number => Math.round(loss * 1e4);

export function createStatistics(pairs: PairList, pointCount: number): PairStatistics {
  const dissimilarOfPoint = new Uint32Array(pointCount);
  let similar = 0;
  for (let p = 0; p < pairs.count; p++) {
    if (pairs.similar[p] === 1) similar++;
    else {
      dissimilarOfPoint[pairs.first[p]!]!++;
      dissimilarOfPoint[pairs.second[p]!]!++;
    }
  }
  return {
    dissimilarOfPoint,
    activeDissimilarOfPoint: new Uint32Array(pointCount),
    similar,
    activeDissimilar: 0,
    coincident: 0,
    resting: 0,
    largest: -1,
    largestLoss: 0,
    largestStale: false,
    roundedUnits: 0,
  };
}

/** Adds (sign 1) or removes (sign −1) pair p's share of the counts. */
function count(
  stats: PairStatistics,
  pairs: PairList,
  distance: Float64Array,
  loss: Float64Array,
  margin: number,
  p: number,
  sign: 1 | -1,
): void {
  const pairLoss = loss[p]!;
  if (pairLoss === 0) stats.resting += sign;
  stats.roundedUnits += sign * roundedUnitsOf(pairLoss);
  if (pairs.similar[p] === 1) return;
  const d = distance[p]!;
  if (d < margin) {
    stats.activeDissimilar += sign;
    stats.activeDissimilarOfPoint[pairs.first[p]!]! += sign;
    stats.activeDissimilarOfPoint[pairs.second[p]!]! += sign;
  }
  if (d === 0 && pairLoss > 0) stats.coincident += sign;
}

export function countStatistics(
  stats: PairStatistics,
  pairs: PairList,
  distance: Float64Array,
  loss: Float64Array,
  margin: number,
): void {
  // The same rules as `count`, written out as one tight loop: it runs over every pair whenever
  // the margin moves.
  const { first, second, similar } = pairs;
  const activeOfPoint = stats.activeDissimilarOfPoint;
  activeOfPoint.fill(0);
  let active = 0;
  let coincident = 0;
  let resting = 0;
  let largest = -1;
  let largestLoss = 0;
  let roundedUnits = 0;
  for (let p = 0; p < pairs.count; p++) {
    const pairLoss = loss[p]!;
    roundedUnits += roundedUnitsOf(pairLoss);
    if (pairLoss > largestLoss) {
      largest = p;
      largestLoss = pairLoss;
    }
    if (pairLoss === 0) resting++;
    if (similar[p] === 1) continue;
    const d = distance[p]!;
    if (d < margin) {
      active++;
      activeOfPoint[first[p]!]!++;
      activeOfPoint[second[p]!]!++;
    }
    if (d === 0 && pairLoss > 0) coincident++;
  }
  setCounts(stats, {
    activeDissimilar: active,
    coincident,
    resting,
    largest,
    largestLoss,
    roundedUnits,
  });
}

/**
 * Takes a point's pairs out of the counts (sign −1), before their distances and losses change, or
 * puts them back (sign 1) with the new ones. Taking out the largest pair marks it stale, as
 * another pair may now be the largest; a pair put back may become the largest.
 */
export function countPoint(
  stats: PairStatistics,
  pairs: PairList,
  incidence: PairIncidence,
  distance: Float64Array,
  loss: Float64Array,
  margin: number,
  point: number,
  sign: 1 | -1,
): void {
  for (let k = incidence.offsets[point]!; k < incidence.offsets[point + 1]!; k++) {
    const p = incidence.pairIndex[k]!;
    count(stats, pairs, distance, loss, margin, p, sign);
    if (sign < 0) {
      if (p === stats.largest) stats.largestStale = true;
      continue;
    }
    const pairLoss = loss[p]!;
    const larger =
      pairLoss > stats.largestLoss ||
      (pairLoss === stats.largestLoss && pairLoss > 0 && p < stats.largest);
    if (!stats.largestStale && larger) {
      stats.largest = p;
      stats.largestLoss = pairLoss;
    }
  }
}

/**
 * The pair contributing most (the first, on a tie), or -1 when every pair is at rest. Rescans only
 * when the previous largest pair may have shrunk.
 */
export function largestPair(stats: PairStatistics, loss: Float64Array, pairCount: number): number {
  if (stats.largestStale) {
    let best = -1;
    let bestLoss = 0;
    for (let p = 0; p < pairCount; p++) {
      if (loss[p]! > bestLoss) {
        best = p;
        bestLoss = loss[p]!;
      }
    }
    stats.largest = best;
    stats.largestLoss = bestLoss;
    stats.largestStale = false;
  }
  return stats.largest;
}
