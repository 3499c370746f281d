/**
 * Shared by the tests of every loss: a scene as a LossContext, the textbook references
 * (src/testing/referenceLosses.ts) read from one, and central finite differences.
 */
import fc from 'fast-check';
import { infoNce, triplet, triplets } from './referenceLosses';
import { cellCentre, type Grid } from '../engine/landscape';
import { allPairs, incidenceOf } from '../engine/pairs';
import type { LossDefinition } from '../engine/losses/definition';
import { knobIn, MARGIN, TEMPERATURE } from '../engine/losses/knobs';
import type { LossContext, LossOutput } from '../engine/losses/lossContext';

export function contextOf(
  xs: readonly number[],
  ys: readonly number[],
  identity: readonly number[],
  margin = 1,
  tau = 0.1,
): LossContext {
  const pairs = allPairs(identity);
  return {
    embedding: { xs: Float64Array.from(xs), ys: Float64Array.from(ys) },
    identityOf: Int32Array.from(identity),
    pairs,
    incidence: incidenceOf(pairs, xs.length),
    knobs: { [MARGIN.field]: margin, [TEMPERATURE.field]: tau },
  };
}

/** Evaluates a loss once on a fresh output; returns the total and the output, of its own type. */
export function run<Output extends LossOutput>(loss: LossDefinition<Output>, context: LossContext) {
  const n = context.embedding.xs.length;
  const out = loss.create(n, context.pairs.count, context.identityOf);
  return { total: loss.evaluate(context, out), out };
}

const marginOf = (c: LossContext) => knobIn(c, MARGIN);

/** The context's points in the plain shape of the textbook losses. */
const referencePoints = (c: LossContext) =>
  Array.from(c.identityOf, (identity, i) => ({
    identity,
    x: c.embedding.xs[i]!,
    y: c.embedding.ys[i]!,
  }));

/** Every triplet, listed one by one. */
export const referenceTriplets = (c: LossContext) => triplets(referencePoints(c), marginOf(c));

export const referenceTriplet = (c: LossContext) => triplet(referencePoints(c), marginOf(c)).total;

/** Each point's gradient of the triplet loss, summed triplet by triplet. */
export const referenceTripletGradients = (c: LossContext) =>
  triplet(referencePoints(c), marginOf(c)).gradients;

export const referenceInfoNce = (c: LossContext) =>
  infoNce(referencePoints(c), knobIn(c, TEMPERATURE)).total;

/** ∂total/∂(x_i, y_i) by central differences. */
export function numericGradient(
  loss: LossDefinition,
  c: LossContext,
  i: number,
  h = 1e-6,
): [number, number] {
  const at = (dx: number, dy: number) => {
    const xs = Float64Array.from(c.embedding.xs);
    const ys = Float64Array.from(c.embedding.ys);
    xs[i]! += dx;
    ys[i]! += dy;
    return run(loss, { ...c, embedding: { xs, ys } }).total;
  };
  return [(at(h, 0) - at(-h, 0)) / (2 * h), (at(0, h) - at(0, -h)) / (2 * h)];
}

const coordinate = fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true });

/** Small random scenes: 2–8 points, 1–3 identities, a margin, a temperature. */
export const sceneArbitrary = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    xs: fc.array(coordinate, { minLength: n, maxLength: n }),
    ys: fc.array(coordinate, { minLength: n, maxLength: n }),
    identity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    margin: fc.double({ min: 0, max: 3, noNaN: true }),
    tau: fc.double({ min: 0.05, max: 5, noNaN: true }),
  }),
);

/** Relative closeness, for totals that are summed in different orders. */
export const close = (a: number, b: number, tolerance = 1e-9) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether a loss's landscape of `point` equals, in each cell of a small grid, the reference total
 * of the scene with that point moved to the cell's centre.
 */
export function landscapeMatches(
  loss: LossDefinition,
  c: LossContext,
  point: number,
  reference: (moved: LossContext) => number,
  tolerance: number,
): boolean {
  const grid: Grid = { xMin: -3, xMax: 3, yMin: -3, yMax: 3, columns: 3, rows: 2 };
  const out = new Float64Array(6);
  loss.landscape(c, point, run(loss, c).total, grid, out);
  return Array.from(out).every((value, k) => {
    const [x, y] = cellCentre(grid, k % 3, Math.floor(k / 3));
    const xs = Float64Array.from(c.embedding.xs);
    const ys = Float64Array.from(c.embedding.ys);
    xs[point] = x;
    ys[point] = y;
    return close(value, reference({ ...c, embedding: { xs, ys } }), tolerance);
  });
}
