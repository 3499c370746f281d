/** Counts and sums about the current scene that the article quotes live. */
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

export function sceneFacts(evaluation: Evaluation): SceneFacts {
  const { pairs, distance, loss, scene } = evaluation;
  let similar = 0;
  let activeDissimilar = 0;
  let resting = 0;
  for (let p = 0; p < pairs.count; p++) {
    if (pairs.similar[p] === 1) similar++;
    else if (distance[p]! < scene.margin) activeDissimilar++;
    if (loss[p] === 0) resting++;
  }
  return {
    points: scene.points.length,
    pairs: pairs.count,
    similar,
    dissimilar: pairs.count - similar,
    activeDissimilar,
    resting,
    total: evaluation.total,
  };
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
  return { sumOfRounded: round4(sumOfRounded), roundedTotal: round4(evaluation.total) };
}
