/**
 * Contrastive loss (Hadsell, Chopra & LeCun, CVPR 2006) with the seed's labels, y = 1 similar:
 *
 *   L = y·D² + (1 − y)·max(m − D, 0)²,   D = ‖p₁ − p₂‖₂
 *
 * Value and gradient are computed in the same pass, as TensorFlow Playground pairs each error
 * with its derivative. Gradient with respect to the first point (the second gets the opposite):
 *   similar:                  2·(p₁ − p₂)
 *   dissimilar, 0 < D < m:   −2·(m − D)·(p₁ − p₂)/D
 *   dissimilar, D ≥ m:        0 (the hinge is closed: "far enough")
 *
 * Coincident dissimilar points (D = 0, m > 0) have a push of size 2m but no direction. Convention:
 * the push acts along the x axis, the first point of the pair towards +x and the second towards
 * −x, so every number stays finite and gradient descent can separate a collapsed scene.
 *
 * A pair whose loss is exactly zero contributes no gradient; that keeps "at rest" exactly zero
 * even when D² underflows.
 */
import type { PairList } from '../../pairs';

/** Positions of the points, one entry per point. */
export interface Embedding {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Everything the loss produces, preallocated once per scene shape and overwritten in place. */
export interface ContrastiveOutput {
  /** Per pair: D. */
  readonly distance: Float64Array;
  /** Per pair: L. */
  readonly loss: Float64Array;
  /** Per point: ∂(total)/∂x and ∂(total)/∂y. */
  readonly gradX: Float64Array;
  readonly gradY: Float64Array;
  /** Per point: how many of its pairs have a non-zero loss (and so push or pull it). */
  readonly activePairsOfPoint: Uint32Array;
  /** Sum of the pair losses. */
  total: number;
  /** Number of pairs with a non-zero loss; the rest have a zero gradient. */
  activePairs: number;
  /** Neumaier compensation for `total`, so incremental updates do not drift. */
  totalCompensation: number;
}

export function createContrastiveOutput(pointCount: number, pairCount: number): ContrastiveOutput {
  return {
    distance: new Float64Array(pairCount),
    loss: new Float64Array(pairCount),
    gradX: new Float64Array(pointCount),
    gradY: new Float64Array(pointCount),
    activePairsOfPoint: new Uint32Array(pointCount),
    total: 0,
    activePairs: 0,
    totalCompensation: 0,
  };
}

/** The loss of one pair from its distance, for charts and the article's worked numbers. */
export function contrastivePairLoss(distance: number, similar: boolean, margin: number): number {
  if (similar) return distance * distance;
  const gap = margin - distance;
  return gap > 0 ? gap * gap : 0;
}

/**
 * Scratch result of `scorePair`; one object reused so the hot loop allocates nothing. Shared with
 * the incremental update (update.ts), as are `scorePair` and `addCompensated`.
 */
export const term = { distance: 0, loss: 0, gradX: 0, gradY: 0 };

/** D, L and the gradient with respect to the first point, for one pair. */
export function scorePair(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  similar: boolean,
  margin: number,
): void {
  const dx = x1 - x2;
  const dy = y1 - y2;
  const squared = dx * dx + dy * dy;
  const distance = Math.sqrt(squared);
  term.distance = distance;
  if (similar) {
    term.loss = squared;
    term.gradX = squared > 0 ? 2 * dx : 0;
    term.gradY = squared > 0 ? 2 * dy : 0;
    return;
  }
  const gap = margin - distance;
  if (!(gap > 0)) {
    term.loss = 0;
    term.gradX = 0;
    term.gradY = 0;
    return;
  }
  term.loss = gap * gap;
  if (distance > 0) {
    const push = (-2 * gap) / distance;
    term.gradX = push * dx;
    term.gradY = push * dy;
  } else {
    term.gradX = -2 * gap;
    term.gradY = 0;
  }
}

/** A point's position. */
interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * One pair's share of the first point's gradient, [∂L/∂x₁, ∂L/∂y₁]; the second point's share is
 * the opposite. For drawing a point's per-pair components.
 */
export function contrastivePairGradient(
  first: Position,
  second: Position,
  similar: boolean,
  margin: number,
): [number, number] {
  scorePair(first.x, first.y, second.x, second.y, similar, margin);
  return term.loss > 0 ? [term.gradX, term.gradY] : [0, 0];
}

/**
 * Neumaier's compensated summation: adds `value` to `sum` and returns the new sum, keeping the
 * rounding error in `compensation.error`, so long runs of incremental updates do not drift.
 */
export function addCompensated(
  sum: number,
  value: number,
  compensation: { error: number },
): number {
  const next = sum + value;
  compensation.error += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
  return next;
}

/** The reported total: exactly 0 when no pair is active, never negative. */
export function totalLoss(out: ContrastiveOutput): number {
  if (out.activePairs === 0) return 0;
  return Math.max(0, out.total + out.totalCompensation);
}

/** A pass over the pairs that fills `out` for this embedding and margin. */
type ContrastivePass = (
  embedding: Embedding,
  pairs: PairList,
  margin: number,
  out: ContrastiveOutput,
) => void;

/** Full evaluation: every pair's D and loss, every point's gradient, the total. */
export const evaluateContrastive: ContrastivePass = (embedding, pairs, margin, out) => {
  out.gradX.fill(0);
  out.gradY.fill(0);
  out.activePairsOfPoint.fill(0);
  if (pairs.complete) evaluateAllPairs(embedding, pairs, margin, out);
  else evaluateListedPairs(embedding, pairs, margin, out);
};

const evaluateListedPairs: ContrastivePass = (embedding, pairs, margin, out) => {
  const { xs, ys } = embedding;
  const { first, second, similar } = pairs;
  const { distance, loss, gradX, gradY, activePairsOfPoint } = out;
  // Running sums live in locals: writing them to `out` per pair is measurably slower.
  const compensation = { error: 0 };
  let total = 0;
  let active = 0;
  const count = pairs.count;
  for (let p = 0; p < count; p++) {
    const i = first[p]!;
    const j = second[p]!;
    scorePair(xs[i]!, ys[i]!, xs[j]!, ys[j]!, similar[p] === 1, margin);
    distance[p] = term.distance;
    loss[p] = term.loss;
    if (term.loss > 0) {
      gradX[i]! += term.gradX;
      gradY[i]! += term.gradY;
      gradX[j]! -= term.gradX;
      gradY[j]! -= term.gradY;
      activePairsOfPoint[i]!++;
      activePairsOfPoint[j]!++;
      active++;
      total = addCompensated(total, term.loss, compensation);
    }
  }
  out.total = total;
  out.totalCompensation = compensation.error;
  out.activePairs = active;
};

/**
 * The hot path (n(n − 1)/2 pairs): walks row by row, keeping point i in registers and summing
 * its gradient locally, with the pair kernel written out inline. It must agree with `scorePair`
 * to the last bit; the property tests compare it with the incremental update, which uses
 * `scorePair`, for exact equality.
 */
const evaluateAllPairs: ContrastivePass = (embedding, pairs, margin, out) => {
  const { xs, ys } = embedding;
  const { similar } = pairs;
  const { distance, loss, gradX, gradY, activePairsOfPoint } = out;
  const n = xs.length;
  const compensation = { error: 0 };
  let total = 0;
  let active = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    let ownX = 0;
    let ownY = 0;
    let ownActive = 0;
    for (let j = i + 1; j < n; j++, p++) {
      const dx = xi - xs[j]!;
      const dy = yi - ys[j]!;
      const squared = dx * dx + dy * dy;
      const d = Math.sqrt(squared);
      distance[p] = d;
      let pairLoss = 0;
      let gx = 0;
      let gy = 0;
      if (similar[p] === 1) {
        pairLoss = squared;
        gx = 2 * dx;
        gy = 2 * dy;
      } else {
        const gap = margin - d;
        if (gap > 0) {
          pairLoss = gap * gap;
          if (d > 0) {
            const push = (-2 * gap) / d;
            gx = push * dx;
            gy = push * dy;
          } else {
            gx = -2 * gap;
          }
        }
      }
      loss[p] = pairLoss;
      if (pairLoss > 0) {
        ownX += gx;
        ownY += gy;
        ownActive++;
        gradX[j]! -= gx;
        gradY[j]! -= gy;
        activePairsOfPoint[j]!++;
        total = addCompensated(total, pairLoss, compensation);
      }
    }
    gradX[i]! += ownX;
    gradY[i]! += ownY;
    activePairsOfPoint[i]! += ownActive;
    active += ownActive;
  }
  out.total = total;
  out.totalCompensation = compensation.error;
  out.activePairs = active;
};
