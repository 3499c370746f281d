/**
 * Triplet loss (Weinberger & Saul 2009; Schroff, Kalenichenko & Philbin, FaceNet, 2015) over every
 * triplet of the scene: an anchor a, a positive p ≠ a of the same identity and a negative n of
 * another identity (CONTRACT.md section 4):
 *
 *   ℓ(a, p, n) = max(D(a,p) + m − D(a,n), 0),   total = Σ ℓ over all triplets.
 *
 * There are about n³ triplets, but none of them needs to be visited. For one anchor, sort its
 * negatives' distances and keep prefix sums: a positive at distance d is still fighting exactly
 * the negatives closer than d + m, so its whole row of losses is c·(d + m) − (sum of those c
 * distances), found by one binary search. Sorting the thresholds d + m of the positives answers
 * the same question for each negative. That makes a full evaluation O(n² log n), value and
 * gradient in the same pass.
 *
 * Gradient of one active triplet, with u(x, y) = (x − y)/D(x, y):
 *   ∂ℓ/∂a = u(a,p) − u(a,n),   ∂ℓ/∂p = −u(a,p),   ∂ℓ/∂n = u(a,n).
 * Coincident points have no direction: a positive on its anchor pulls no more (0), and a negative
 * on its anchor is pushed along +x, so gradient descent can still separate them.
 *
 * FaceNet's names, with the boundaries chosen so that "easy" means exactly "zero loss":
 *   hard       D(a,n) < D(a,p)            the negative is nearer than the positive
 *   semi-hard  D(a,p) ≤ D(a,n) < D(a,p)+m  the right order, but inside the margin
 *   easy       D(a,n) ≥ D(a,p) + m        satisfied: no loss, no gradient
 */
import { knobIn, MARGIN } from '../knobs';
import { pairLookup, type LossContext, type LossOutput } from '../lossContext';

export type TripletKind = 'hard' | 'semi-hard' | 'easy';

export interface TripletOutput extends LossOutput {
  /** How many triplets the scene has, and how many of each kind. */
  count: number;
  hard: number;
  semiHard: number;
  easy: number;
  /** Scratch space, one anchor's worth, reused so evaluations allocate nothing. */
  readonly scratch: TripletScratch;
}

export interface TripletScratch {
  readonly positiveDistance: Float64Array;
  readonly negativeDistance: Float64Array;
  readonly sortedNegative: Float64Array;
  readonly negativePrefix: Float64Array;
  readonly sortedThreshold: Float64Array;
  readonly thresholdPrefix: Float64Array;
  readonly positives: Int32Array;
  readonly negatives: Int32Array;
}

export function createScratch(pointCount: number): TripletScratch {
  const n = Math.max(1, pointCount);
  return {
    positiveDistance: new Float64Array(n),
    negativeDistance: new Float64Array(n),
    sortedNegative: new Float64Array(n),
    negativePrefix: new Float64Array(n + 1),
    sortedThreshold: new Float64Array(n),
    thresholdPrefix: new Float64Array(n + 1),
    positives: new Int32Array(n),
    negatives: new Int32Array(n),
  };
}

export function createTripletOutput(pointCount: number, pairCount: number): TripletOutput {
  return {
    gradX: new Float64Array(pointCount),
    gradY: new Float64Array(pointCount),
    pairShare: new Float64Array(pairCount),
    count: 0,
    hard: 0,
    semiHard: 0,
    easy: 0,
    scratch: createScratch(pointCount),
  };
}

/** One triplet's loss from its two distances. */
export function tripletLoss(positiveDistance: number, negativeDistance: number, margin: number) {
  return Math.max(positiveDistance + margin - negativeDistance, 0);
}

/** FaceNet's name for a triplet (see the top of this file for the boundaries). */
export function tripletKind(
  positiveDistance: number,
  negativeDistance: number,
  margin: number,
): TripletKind {
  if (!(negativeDistance < positiveDistance + margin)) return 'easy';
  return negativeDistance < positiveDistance ? 'hard' : 'semi-hard';
}

/** How many of `sorted[0 … length)` are below `value` (strictly). */
export function countBelow(sorted: Float64Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of `sorted[0 … length)` are at most `value`. */
export function countAtMost(sorted: Float64Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Sorts `values[0 … length)` into `sorted` and writes its prefix sums (prefix[k] = first k). */
export function sortWithPrefix(
  values: Float64Array,
  length: number,
  sorted: Float64Array,
  prefix: Float64Array,
): void {
  sorted.set(values.subarray(0, length));
  sorted.subarray(0, length).sort();
  prefix[0] = 0;
  for (let k = 0; k < length; k++) prefix[k + 1] = prefix[k]! + sorted[k]!;
}

/**
 * Fills `positives`/`negatives` with anchor a's partners and their distances, the anchor standing
 * at (ax, ay) (where it is, unless given); returns their counts.
 */
export function gatherAnchor(
  context: LossContext,
  anchor: number,
  scratch: TripletScratch,
  ax = context.embedding.xs[anchor]!,
  ay = context.embedding.ys[anchor]!,
): [number, number] {
  const { xs, ys } = context.embedding;
  const own = context.identityOf[anchor]!;
  let positives = 0;
  let negatives = 0;
  for (let k = 0; k < xs.length; k++) {
    if (k === anchor) continue;
    const dx = ax - xs[k]!;
    const dy = ay - ys[k]!;
    // √(dx² + dy²) rather than Math.hypot, which is several times slower in V8.
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (context.identityOf[k] === own) {
      scratch.positives[positives] = k;
      scratch.positiveDistance[positives++] = distance;
    } else {
      scratch.negatives[negatives] = k;
      scratch.negativeDistance[negatives++] = distance;
    }
  }
  return [positives, negatives];
}

export function evaluateTriplet(context: LossContext, out: TripletOutput): number {
  const { xs, ys } = context.embedding;
  const margin = knobIn(context, MARGIN);
  const { gradX, gradY, pairShare, scratch } = out;
  const lookup = pairLookup(context.pairs, xs.length);
  gradX.fill(0);
  gradY.fill(0);
  pairShare.fill(0);
  let total = 0;
  let count = 0;
  let hard = 0;
  let semiHard = 0;
  for (let a = 0; a < xs.length; a++) {
    const [positiveCount, negativeCount] = gatherAnchor(context, a, scratch);
    if (positiveCount === 0 || negativeCount === 0) continue;
    const { positiveDistance, negativeDistance, sortedNegative, negativePrefix } = scratch;
    const { sortedThreshold, thresholdPrefix, positives, negatives } = scratch;
    for (let k = 0; k < positiveCount; k++) sortedThreshold[k] = positiveDistance[k]! + margin;
    sortWithPrefix(sortedThreshold, positiveCount, sortedThreshold, thresholdPrefix);
    // Only negatives nearer than the largest threshold can be in any triplet with a loss, or be
    // hard; in a scene of clusters most are farther, so only the near ones are sorted.
    const reach = sortedThreshold[positiveCount - 1]!;
    let near = 0;
    for (let k = 0; k < negativeCount; k++)
      if (negativeDistance[k]! < reach) sortedNegative[near++] = negativeDistance[k]!;
    sortWithPrefix(sortedNegative, near, sortedNegative, negativePrefix);
    const ax = xs[a]!;
    const ay = ys[a]!;
    count += positiveCount * negativeCount;
    for (let k = 0; k < positiveCount; k++) {
      const distance = positiveDistance[k]!;
      const threshold = distance + margin;
      const fighting = countBelow(sortedNegative, near, threshold);
      const harder = countBelow(sortedNegative, near, distance);
      hard += harder;
      semiHard += fighting - harder;
      if (fighting === 0) continue;
      const rowLoss = Math.max(0, fighting * threshold - negativePrefix[fighting]!);
      total += rowLoss;
      const pair = lookup(a, positives[k]!);
      if (pair >= 0) pairShare[pair]! += rowLoss / 2;
      if (distance > 0) {
        const p = positives[k]!;
        const ux = (fighting * (ax - xs[p]!)) / distance;
        const uy = (fighting * (ay - ys[p]!)) / distance;
        gradX[a]! += ux;
        gradY[a]! += uy;
        gradX[p]! -= ux;
        gradY[p]! -= uy;
      }
    }
    for (let k = 0; k < negativeCount; k++) {
      const distance = negativeDistance[k]!;
      if (!(distance < reach)) continue;
      const pushers = positiveCount - countAtMost(sortedThreshold, positiveCount, distance);
      if (pushers === 0) continue;
      const columnLoss =
        thresholdPrefix[positiveCount]! -
        thresholdPrefix[positiveCount - pushers]! -
        pushers * distance;
      const pair = lookup(a, negatives[k]!);
      if (pair >= 0) pairShare[pair]! += Math.max(0, columnLoss) / 2;
      const n = negatives[k]!;
      const ux = distance > 0 ? (pushers * (ax - xs[n]!)) / distance : pushers;
      const uy = distance > 0 ? (pushers * (ay - ys[n]!)) / distance : 0;
      gradX[a]! -= ux;
      gradY[a]! -= uy;
      gradX[n]! += ux;
      gradY[n]! += uy;
    }
  }
  out.count = count;
  out.hard = hard;
  out.semiHard = semiHard;
  out.easy = count - hard - semiHard;
  return total;
}
