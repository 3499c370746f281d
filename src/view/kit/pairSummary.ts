/**
 * What the views derive from the pairs of a scene (the largest pair, coincident negatives, each
 * point's margin state, the counts the article quotes), read from the statistics the evaluator
 * keeps up to date, once per evaluation, for all the views that ask.
 */
import { largestPair, roundedUnitsOf } from '../../engine';
import type { Evaluation } from '../../scene/evaluation';

export interface PairCounts {
  readonly points: number;
  readonly pairs: number;
  readonly similar: number;
  readonly dissimilar: number;
  /** Dissimilar pairs closer than the margin: the only negatives that still push. */
  readonly activeDissimilar: number;
  /** Pairs whose gradient is exactly zero (loss 0). */
  readonly resting: number;
  readonly total: number;
}

/** A point's margin circle: none (no dissimilar pair), resting (all partners beyond m), active. */
export const MARGIN_NONE = 0;
export const MARGIN_RESTING = 1;
export const MARGIN_ACTIVE = 2;

export interface PairSummary {
  /** The pair contributing most to the total, or -1 when every pair is at rest. */
  readonly largest: number;
  /**
   * The largest pair as last found, without the rescan `largest` may need when it shrank (half a
   * million pairs at 1,000 points): what a view shows while a gesture is under way.
   */
  readonly largestSoFar: number;
  /** Dissimilar pairs whose points coincide (D = 0) while the margin asks them apart. */
  readonly coincident: readonly number[];
  /** Per point: MARGIN_NONE, MARGIN_RESTING or MARGIN_ACTIVE. */
  readonly marginState: Uint8Array;
  readonly facts: PairCounts;
}

const cache = new WeakMap<Evaluation, PairSummary>();

export function pairSummary(evaluation: Evaluation): PairSummary {
  const cached = cache.get(evaluation);
  if (cached) return cached;
  const { pairs, distance, pairLoss: loss, scene, statistics } = evaluation;
  const marginState = new Uint8Array(scene.points.length);
  for (let i = 0; i < marginState.length; i++) {
    if (statistics.dissimilarOfPoint[i] === 0) marginState[i] = MARGIN_NONE;
    else
      marginState[i] = statistics.activeDissimilarOfPoint[i]! > 0 ? MARGIN_ACTIVE : MARGIN_RESTING;
  }
  // Listing the coincident pairs takes a scan, worth it only when there are some.
  const coincident: number[] = [];
  for (let p = 0; statistics.coincident > 0 && p < pairs.count; p++) {
    if (pairs.similar[p] === 0 && distance[p] === 0 && loss[p]! > 0) coincident.push(p);
  }
  // Finding the largest pair can take a rescan (when it was the one that shrank): only for the
  // views that ask, not for every frame of the plane.
  let largest: number | undefined;
  const stats: PairSummary = {
    get largest() {
      largest ??= largestPair(statistics, loss, pairs.count);
      return largest;
    },
    largestSoFar: Math.min(statistics.largest, pairs.count - 1),
    coincident,
    marginState,
    facts: {
      points: scene.points.length,
      pairs: pairs.count,
      similar: statistics.similar,
      dissimilar: pairs.count - statistics.similar,
      activeDissimilar: statistics.activeDissimilar,
      resting: statistics.resting,
      total: evaluation.pairTotal,
    },
  };
  cache.set(evaluation, stats);
  return stats;
}

/**
 * The rounding trap of the worked example: adding the table's rounded losses is not the same as
 * rounding the exact total. The sum is kept by the evaluator as a drag goes (statistics.ts).
 */
export function roundedSum(evaluation: Evaluation): { sumOfRounded: number; roundedTotal: number } {
  return {
    sumOfRounded: evaluation.statistics.roundedUnits / 1e4,
    roundedTotal: roundedUnitsOf(evaluation.pairTotal) / 1e4,
  };
}
