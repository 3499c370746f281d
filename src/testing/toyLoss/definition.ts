/**
 * A fourth loss, written only to prove that a loss lives in one folder: a spring loss that pulls
 * photos of one person together and pushes photos of different people apart with a soft kernel,
 *
 *   L = Σ_similar D² + Σ_dissimilar k / (1 + D²),
 *
 * with its own knob, the stiffness k (link key `k`). Nothing outside this folder names it.
 */
import {
  cellCentre,
  type KnobDefinition,
  knobIn,
  type LossContext,
  type LossDefinition,
  type LossOutput,
} from '../../engine';

export const STIFFNESS: KnobDefinition = {
  field: 'stiffness',
  linkKey: 'k',
  name: 'stiffness',
  symbol: 'k',
  min: 0.1,
  max: 10,
  initial: 2,
  always: false,
  scale: 'linear',
  example: 'k=2',
};

/** One pair's term and its gradient along (xi − xj), for the evaluation and the landscape. */
function pairTerm(similar: boolean, dx: number, dy: number, k: number) {
  const squared = dx * dx + dy * dy;
  if (similar) return { value: squared, slope: 2 };
  const soft = 1 + squared;
  return { value: k / soft, slope: (-2 * k) / (soft * soft) };
}

function evaluateSprings(context: LossContext, out: LossOutput): number {
  const { embedding, pairs } = context;
  const k = knobIn(context, STIFFNESS);
  out.gradX.fill(0);
  out.gradY.fill(0);
  let total = 0;
  for (let p = 0; p < pairs.count; p++) {
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    const dx = embedding.xs[i]! - embedding.xs[j]!;
    const dy = embedding.ys[i]! - embedding.ys[j]!;
    const { value, slope } = pairTerm(pairs.similar[p] === 1, dx, dy, k);
    out.pairShare[p] = value;
    total += value;
    out.gradX[i]! += slope * dx;
    out.gradY[i]! += slope * dy;
    out.gradX[j]! -= slope * dx;
    out.gradY[j]! -= slope * dy;
  }
  return total;
}

export const SPRING: LossDefinition = {
  id: 'spring',
  name: 'Spring',
  knob: STIFFNESS,
  pairTerms: true,
  create: (points, pairCount) => ({
    gradX: new Float64Array(points),
    gradY: new Float64Array(points),
    pairShare: new Float64Array(pairCount),
  }),
  evaluate: evaluateSprings,
  landscape: (context, point, _total, grid, out) => {
    const xs = Float64Array.from(context.embedding.xs);
    const ys = Float64Array.from(context.embedding.ys);
    const scratch = SPRING.create(xs.length, context.pairs.count, context.identityOf);
    for (let row = 0; row < grid.rows; row++)
      for (let column = 0; column < grid.columns; column++) {
        [xs[point], ys[point]] = cellCentre(grid, column, row);
        out[row * grid.columns + column] = evaluateSprings(
          { ...context, embedding: { xs, ys } },
          scratch,
        );
      }
  },
  landscapeCost: (context) => context.pairs.count,
  defaultLearningRate: () => 0.05,
  satisfied:
    'Every spring is at rest, so the loss is exactly 0 and there is nothing left to learn.',
};
