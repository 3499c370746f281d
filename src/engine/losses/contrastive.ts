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
import type { PairIncidence, PairList } from '../pairs';

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

/** Scratch result of `scorePair`; one object reused so the hot loop allocates nothing. */
const term = { distance: 0, loss: 0, gradX: 0, gradY: 0 };

/** D, L and the gradient with respect to the first point, for one pair. */
function scorePair(
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

/**
 * One pair's share of the first point's gradient, [∂L/∂x₁, ∂L/∂y₁]; the second point's share is
 * the opposite. For drawing a point's per-pair components.
 */
export function contrastivePairGradient(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  similar: boolean,
  margin: number,
): [number, number] {
  scorePair(x1, y1, x2, y2, similar, margin);
  return term.loss > 0 ? [term.gradX, term.gradY] : [0, 0];
}

/** Neumaier's compensated addition into `out.total`. */
function addToTotal(out: ContrastiveOutput, value: number): void {
  const sum = out.total + value;
  out.totalCompensation +=
    Math.abs(out.total) >= Math.abs(value) ? out.total - sum + value : value - sum + out.total;
  out.total = sum;
}

/** The reported total: exactly 0 when no pair is active, never negative. */
export function totalLoss(out: ContrastiveOutput): number {
  if (out.activePairs === 0) return 0;
  return Math.max(0, out.total + out.totalCompensation);
}

/** Full evaluation: every pair's D and loss, every point's gradient, the total. */
export function evaluateContrastive(
  embedding: Embedding,
  pairs: PairList,
  margin: number,
  out: ContrastiveOutput,
): void {
  const { xs, ys } = embedding;
  const { first, second, similar } = pairs;
  const { distance, loss, gradX, gradY, activePairsOfPoint } = out;
  gradX.fill(0);
  gradY.fill(0);
  activePairsOfPoint.fill(0);
  out.total = 0;
  out.totalCompensation = 0;
  out.activePairs = 0;
  for (let p = 0; p < pairs.count; p++) {
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
      out.activePairs++;
      addToTotal(out, term.loss);
    }
  }
}

/**
 * Incremental update after `point` moved from (previousX, previousY) to its current position in
 * `embedding`, with the margin unchanged: only the pairs of that point are recomputed. The moved
 * point's gradient is summed afresh; each partner's gradient loses the pair's old contribution and
 * gains the new one.
 */
export function updateContrastivePoint(
  embedding: Embedding,
  pairs: PairList,
  incidence: PairIncidence,
  margin: number,
  point: number,
  previousX: number,
  previousY: number,
  out: ContrastiveOutput,
): void {
  const { xs, ys } = embedding;
  const { first, second, similar } = pairs;
  const { distance, loss, gradX, gradY, activePairsOfPoint } = out;
  const x = xs[point]!;
  const y = ys[point]!;
  let ownGradX = 0;
  let ownGradY = 0;
  let ownActive = 0;
  const end = incidence.offsets[point + 1]!;
  for (let k = incidence.offsets[point]!; k < end; k++) {
    const p = incidence.pairIndex[k]!;
    const isFirst = first[p] === point;
    const partner = isFirst ? second[p]! : first[p]!;
    // The partner's gradient holds this pair's contribution with the sign of its own side.
    const partnerSign = isFirst ? -1 : 1;
    const px = xs[partner]!;
    const py = ys[partner]!;
    const isSimilar = similar[p] === 1;
    if (loss[p]! > 0) {
      if (isFirst) scorePair(previousX, previousY, px, py, isSimilar, margin);
      else scorePair(px, py, previousX, previousY, isSimilar, margin);
      gradX[partner]! -= partnerSign * term.gradX;
      gradY[partner]! -= partnerSign * term.gradY;
      activePairsOfPoint[partner]!--;
      out.activePairs--;
      addToTotal(out, -loss[p]!);
    }
    if (isFirst) scorePair(x, y, px, py, isSimilar, margin);
    else scorePair(px, py, x, y, isSimilar, margin);
    distance[p] = term.distance;
    loss[p] = term.loss;
    if (term.loss > 0) {
      gradX[partner]! += partnerSign * term.gradX;
      gradY[partner]! += partnerSign * term.gradY;
      ownGradX -= partnerSign * term.gradX;
      ownGradY -= partnerSign * term.gradY;
      activePairsOfPoint[partner]!++;
      ownActive++;
      out.activePairs++;
      addToTotal(out, term.loss);
    }
    if (activePairsOfPoint[partner] === 0) {
      gradX[partner] = 0;
      gradY[partner] = 0;
    }
  }
  gradX[point] = ownGradX;
  gradY[point] = ownGradY;
  activePairsOfPoint[point] = ownActive;
}
