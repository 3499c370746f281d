/**
 * The scene under all three losses at once: the active loss as the evaluation already has it,
 * the other two scored through the registry. Shared by the Compare tab and the article.
 */
import { lossIds, lossOf, type LossCensus, type LossId } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { scoreLosses, type OutputCache } from './scoreLosses';

/**
 * Up to this many points the other losses are scored on the page, on every frame of a drag, and
 * their arrows drawn. The triplet loss costs O(n² log n): about a million steps at 300 points, a
 * few milliseconds, but some 40 million at 2,000, which would stall every frame. Larger scenes
 * are scored in a worker (backgroundScores.ts) and shown without arrows.
 */
export const LIVE_POINTS = 300;

export interface Gradient {
  readonly gradX: Float64Array;
  readonly gradY: Float64Array;
}

export interface LossComparison {
  /** Each loss's total on the scene; null until a background score first arrives. */
  readonly totals: Readonly<Record<LossId, number | null>>;
  /** Each loss's gradient, for the arrows; null for scenes larger than LIVE_POINTS. */
  readonly gradients: Readonly<Record<LossId, Gradient>> | null;
  /** What each loss that keeps a census counted, once known (the triplet loss's kinds). */
  readonly census: Readonly<Partial<Record<LossId, LossCensus>>>;
  /** False while some totals are of an earlier state of the scene, still being caught up. */
  readonly current: boolean;
}

/** The losses that are not the active one: the ones this module has to score itself. */
export const othersThan = (active: LossId): LossId[] => lossIds().filter((id) => id !== active);

/** The active loss's census, if it keeps one, with the others' from `others`. */
export function withActiveCensus(
  evaluation: Evaluation,
  others: Partial<Record<LossId, LossCensus>> | undefined,
): Partial<Record<LossId, LossCensus>> {
  const { objective, output } = evaluation;
  const own = lossOf(objective).census?.(output);
  return { ...others, ...(own ? { [objective]: own } : {}) };
}

/** One set of outputs per scene shape: the evaluator compiles a new identityOf for each. */
const outputsByShape = new WeakMap<Int32Array, OutputCache>();
const comparisons = new WeakMap<Evaluation, LossComparison>();

/**
 * All three losses on the evaluation's scene, computed once per evaluation. Gradients are
 * copied, because the outputs are reused by the next evaluation of the same shape.
 */
export function compareLosses(evaluation: Evaluation): LossComparison {
  const known = comparisons.get(evaluation);
  if (known) return known;
  const { identityOf, objective, context } = evaluation;
  let outputs = outputsByShape.get(identityOf);
  if (!outputs) outputsByShape.set(identityOf, (outputs = {}));
  const others = othersThan(objective);
  const scores = scoreLosses(context, others, outputs);
  const totals = { ...scores.totals, [objective]: evaluation.total } as Record<LossId, number>;
  const gradients = Object.fromEntries(
    lossIds().map((id) => {
      const source = id === objective ? evaluation : outputs[id]!;
      return [id, { gradX: source.gradX.slice(), gradY: source.gradY.slice() }];
    }),
  ) as Record<LossId, Gradient>;
  const comparison: LossComparison = {
    totals,
    gradients,
    census: withActiveCensus(evaluation, scores.census),
    current: true,
  };
  comparisons.set(evaluation, comparison);
  return comparison;
}
