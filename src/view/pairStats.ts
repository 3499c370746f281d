/**
 * What the views derive from the pairs of a scene (the largest pair, coincident negatives, each
 * point's margin state, the counts the article quotes), read from the statistics the evaluator
 * keeps up to date, once per evaluation, for all the views that ask.
 */
import { largestPair } from '../engine';
import type { Evaluation } from '../scene/evaluation';

export interface SceneFacts {
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

export interface PairStats {
  /** The pair contributing most to the total, or -1 when every pair is at rest. */
  readonly largest: number;
  /** Dissimilar pairs whose points coincide (D = 0) while the margin asks them apart. */
  readonly coincident: readonly number[];
  /** Per point: MARGIN_NONE, MARGIN_RESTING or MARGIN_ACTIVE. */
  readonly marginState: Uint8Array;
  readonly facts: SceneFacts;
}

const cache = new WeakMap<Evaluation, PairStats>();

export function pairStats(evaluation: Evaluation): PairStats {
  const cached = cache.get(evaluation);
  if (cached) return cached;
  const { pairs, distance, loss, scene, statistics } = evaluation;
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
  const stats: PairStats = {
    largest: largestPair(statistics, loss, pairs.count),
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

/** Rounds to 4 decimals the way the table shows numbers. */
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * The rounding trap of the worked example: adding the table's rounded losses is not the same as
 * rounding the exact total.
 */
export function roundedSum(evaluation: Evaluation): { sumOfRounded: number; roundedTotal: number } {
  let sumOfRounded = 0;
  for (let p = 0; p < evaluation.pairs.count; p++) sumOfRounded += round4(evaluation.loss[p]!);
  return { sumOfRounded: round4(sumOfRounded), roundedTotal: round4(evaluation.pairTotal) };
}
