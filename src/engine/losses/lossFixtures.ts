/**
 * Shared by the tests of every loss: a scene as a LossContext, textbook references written the
 * slow and obvious way, and central finite differences.
 */
import fc from 'fast-check';
import { cellCentre, type Grid } from '../landscape';
import { allPairs, incidenceOf } from '../pairs';
import type { LossContext } from './lossContext';
import { lossOf, type LossId } from './registry';

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
    margin,
    tau,
  };
}

/** Evaluates a loss once on a fresh output; returns the total and the output. */
export function run(id: LossId, context: LossContext) {
  const loss = lossOf(id);
  const n = context.embedding.xs.length;
  const out = loss.create(n, context.pairs.count, context.identityOf);
  const total = loss.evaluate(context, out);
  return { total, out };
}

const distance = (c: LossContext, i: number, j: number) => {
  const dx = c.embedding.xs[i]! - c.embedding.xs[j]!;
  const dy = c.embedding.ys[i]! - c.embedding.ys[j]!;
  return Math.sqrt(dx * dx + dy * dy);
};

/** Every triplet, listed one by one. */
export function referenceTriplets(c: LossContext) {
  const n = c.embedding.xs.length;
  const rows: { a: number; p: number; n: number; dap: number; dan: number; loss: number }[] = [];
  for (let a = 0; a < n; a++)
    for (let p = 0; p < n; p++) {
      if (p === a || c.identityOf[p] !== c.identityOf[a]) continue;
      for (let k = 0; k < n; k++) {
        if (c.identityOf[k] === c.identityOf[a]) continue;
        const dap = distance(c, a, p);
        const dan = distance(c, a, k);
        rows.push({ a, p, n: k, dap, dan, loss: Math.max(dap + c.margin - dan, 0) });
      }
    }
  return rows;
}

export const referenceTriplet = (c: LossContext) =>
  referenceTriplets(c).reduce((sum, row) => sum + row.loss, 0);

/** InfoNCE straight from the definition, with the naive exp-sum (fine for τ ≥ 0.05). */
export function referenceInfoNce(c: LossContext): number {
  const { xs, ys } = c.embedding;
  const n = xs.length;
  const cosine = (i: number, k: number) =>
    (xs[i]! * xs[k]! + ys[i]! * ys[k]!) / (Math.hypot(xs[i]!, ys[i]!) * Math.hypot(xs[k]!, ys[k]!));
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    let denominator = 0;
    for (let k = 0; k < n; k++) if (k !== i) denominator += Math.exp(cosine(i, k) / c.tau);
    for (let j = 0; j < n; j++) {
      if (j === i || c.identityOf[j] !== c.identityOf[i]) continue;
      sum += -Math.log(Math.exp(cosine(i, j) / c.tau) / denominator);
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** ∂total/∂(x_i, y_i) by central differences. */
export function numericGradient(id: LossId, c: LossContext, i: number, h = 1e-6): [number, number] {
  const at = (dx: number, dy: number) => {
    const xs = Float64Array.from(c.embedding.xs);
    const ys = Float64Array.from(c.embedding.ys);
    xs[i]! += dx;
    ys[i]! += dy;
    return run(id, { ...c, embedding: { xs, ys } }).total;
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
  id: LossId,
  c: LossContext,
  point: number,
  reference: (moved: LossContext) => number,
  tolerance: number,
): boolean {
  const grid: Grid = { xMin: -3, xMax: 3, yMin: -3, yMax: 3, columns: 3, rows: 2 };
  const out = new Float64Array(6);
  lossOf(id).landscape(c, point, run(id, c).total, grid, out);
  return Array.from(out).every((value, k) => {
    const [x, y] = cellCentre(grid, k % 3, Math.floor(k / 3));
    const xs = Float64Array.from(c.embedding.xs);
    const ys = Float64Array.from(c.embedding.ys);
    xs[point] = x;
    ys[point] = y;
    return close(value, reference({ ...c, embedding: { xs, ys } }), tolerance);
  });
}
