/**
 * The triplet loss's landscape of one point i: the total as i moves, everyone else still. Only
 * the triplets that contain i change, and they are of three sorts:
 *   - i is the anchor: every (positive, negative) of i, O(n log n) per place with one sort;
 *   - i is the positive of anchor a: a's negatives are fixed, so one binary search in their
 *     sorted distances gives the whole row (triplet.ts explains the prefix-sum trick);
 *   - i is the negative of anchor a: likewise, in a's sorted thresholds D(a,p) + m.
 */
import { knobIn, MARGIN } from '../knobs';
import { cellCentre, type Grid } from '../../landscape';
import type { LossContext } from '../lossContext';
import {
  countAtMost,
  countBelow,
  createScratch,
  gatherAnchor,
  sortWithPrefix,
  type TripletScratch,
} from './triplet';

/** Another anchor's fixed side, sorted with prefix sums, and where that anchor is. */
interface Partner {
  readonly x: number;
  readonly y: number;
  /** True when the moving point is this anchor's positive (false: its negative). */
  readonly positive: boolean;
  readonly sorted: Float64Array;
  readonly prefix: Float64Array;
}

function partnersOf(context: LossContext, point: number): Partner[] {
  const { xs, ys } = context.embedding;
  const scratch = createScratch(xs.length);
  const partners: Partner[] = [];
  for (let a = 0; a < xs.length; a++) {
    if (a === point) continue;
    const positive = context.identityOf[a] === context.identityOf[point];
    const [positiveCount, negativeCount] = gatherAnchor(context, a, scratch);
    if (positiveCount === 0 || negativeCount === 0) continue;
    // The moving point is among a's positives in the first case, its negatives in the second,
    // so the other side is the part of a's triplets that stays still.
    const length = positive ? negativeCount : positiveCount;
    const values = positive
      ? scratch.negativeDistance.slice(0, length)
      : scratch.positiveDistance
          .slice(0, length)
          .map((distance) => distance + knobIn(context, MARGIN));
    const sorted = new Float64Array(length);
    const prefix = new Float64Array(length + 1);
    sortWithPrefix(values, length, sorted, prefix);
    partners.push({ x: xs[a]!, y: ys[a]!, positive, sorted, prefix });
  }
  return partners;
}

/** Every triplet containing `point`, with the point at (x, y); `scratch` is overwritten. */
function ownLoss(
  context: LossContext,
  point: number,
  partners: readonly Partner[],
  x: number,
  y: number,
  scratch: TripletScratch,
): number {
  const margin = knobIn(context, MARGIN);
  const [positiveCount, negativeCount] = gatherAnchor(context, point, scratch, x, y);
  let sum = 0;
  if (positiveCount > 0 && negativeCount > 0) {
    const { positiveDistance, negativeDistance, sortedNegative, negativePrefix } = scratch;
    // As in evaluateTriplet: only negatives within the largest threshold need sorting.
    let reach = 0;
    for (let k = 0; k < positiveCount; k++) reach = Math.max(reach, positiveDistance[k]! + margin);
    let near = 0;
    for (let k = 0; k < negativeCount; k++)
      if (negativeDistance[k]! < reach) sortedNegative[near++] = negativeDistance[k]!;
    sortWithPrefix(sortedNegative, near, sortedNegative, negativePrefix);
    for (let k = 0; k < positiveCount; k++) {
      const threshold = positiveDistance[k]! + margin;
      const fighting = countBelow(sortedNegative, near, threshold);
      if (fighting > 0) sum += Math.max(0, fighting * threshold - negativePrefix[fighting]!);
    }
  }
  for (const partner of partners) {
    const dx = partner.x - x;
    const dy = partner.y - y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    const { sorted, prefix } = partner;
    if (partner.positive) {
      const threshold = distance + margin;
      const fighting = countBelow(sorted, sorted.length, threshold);
      if (fighting > 0) sum += Math.max(0, fighting * threshold - prefix[fighting]!);
    } else {
      const pushers = sorted.length - countAtMost(sorted, sorted.length, distance);
      if (pushers > 0)
        sum += Math.max(
          0,
          prefix[sorted.length]! - prefix[sorted.length - pushers]! - pushers * distance,
        );
    }
  }
  return sum;
}

export function tripletLandscape(
  context: LossContext,
  point: number,
  total: number,
  grid: Grid,
  out: Float64Array,
): void {
  const { xs, ys } = context.embedding;
  const partners = partnersOf(context, point);
  const scratch = createScratch(xs.length);
  const rest = total - ownLoss(context, point, partners, xs[point]!, ys[point]!, scratch);
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const [x, y] = cellCentre(grid, column, row);
      const value = rest + ownLoss(context, point, partners, x, y, scratch);
      out[row * grid.columns + column] = Math.max(0, value);
    }
  }
}

/** Work per landscape cell, in partner evaluations, so the grid can be sized to a budget. */
export function tripletLandscapeCost(context: LossContext): number {
  const n = context.embedding.xs.length;
  return n * Math.max(1, Math.log2(n)) * 2;
}
