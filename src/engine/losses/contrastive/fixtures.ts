/** Scenes and one-call evaluations shared by the contrastive loss's tests and the statistics'. */
import { listedPairs, type PairList } from '../../pairs';
import { countStatistics, createStatistics } from '../../statistics';
import { createContrastiveOutput, evaluateContrastive } from './contrastive';

/** The seed's worked example: A1, A2 (Alice), B1, B2 (Bob), four listed pairs, m = 1. */
export function seedExample() {
  const embedding = {
    xs: Float64Array.from([0.8, 0.75, 0.1, 0.15]),
    ys: Float64Array.from([0.2, 0.25, 0.9, 0.85]),
  };
  const pairs = listedPairs([0, 0, 1, 1], [0, 0, 1, 2], [1, 2, 3, 3]);
  const out = createContrastiveOutput(4, pairs.count);
  evaluateContrastive(embedding, pairs, 1, out);
  return { embedding, pairs, out };
}

/** A full evaluation on a fresh output, of copies of the coordinates. */
export function evaluate(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  pairs: PairList,
  margin: number,
) {
  const out = createContrastiveOutput(xs.length, pairs.count);
  evaluateContrastive({ xs: Float64Array.from(xs), ys: Float64Array.from(ys) }, pairs, margin, out);
  return out;
}

/** A full evaluation and a fresh count at `margin`: what every faster path must reproduce. */
export function evaluateAndCount(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  pairs: PairList,
  margin: number,
) {
  const out = evaluate(xs, ys, pairs, margin);
  const stats = createStatistics(pairs, xs.length);
  countStatistics(stats, pairs, out.distance, out.loss, margin);
  return { out, stats };
}
