/**
 * A new margin for points that have not moved: every pair's distance is already known, so one
 * pass rescores the pairs (no square roots), gathers the gradients and, in the same loop, the
 * counts the views read (statistics.ts), where a full evaluation followed by a count takes two
 * passes and a square root a pair. It must agree with `evaluateContrastive` and
 * `countStatistics` to the last bit (the tests compare them).
 */
import type { PairList } from '../../pairs';
import { roundedUnitsOf, setCounts, type PairStatistics } from '../../statistics';
import { addCompensated, type ContrastiveOutput, type Embedding } from './contrastive';

export function rescoreMargin(
  embedding: Embedding,
  pairs: PairList,
  margin: number,
  out: ContrastiveOutput,
  stats: PairStatistics,
): void {
  const { xs, ys } = embedding;
  const { first, second, similar } = pairs;
  const { distance, loss, gradX, gradY, activePairsOfPoint } = out;
  const activeOfPoint = stats.activeDissimilarOfPoint;
  gradX.fill(0);
  gradY.fill(0);
  activePairsOfPoint.fill(0);
  activeOfPoint.fill(0);
  const compensation = { error: 0 };
  let total = 0;
  let active = 0;
  let activeDissimilar = 0;
  let coincident = 0;
  let resting = 0;
  let largest = -1;
  let largestLoss = 0;
  let roundedUnits = 0;
  // Pairs in order, as the full evaluation walks them; with every pair scored, a point's own
  // share is summed along its row first, exactly as evaluateAllPairs sums it. (Plain locals and
  // no closure: a closure over the running sums would keep them on the heap, a box per write.)
  let row = -1;
  let ownX = 0;
  let ownY = 0;
  let ownActive = 0;
  const { count, complete } = pairs;
  for (let p = 0; p < count; p++) {
    const i = first[p]!;
    const j = second[p]!;
    if (complete && i !== row) {
      if (row >= 0) {
        gradX[row]! += ownX;
        gradY[row]! += ownY;
        activePairsOfPoint[row]! += ownActive;
      }
      ownX = ownY = ownActive = 0;
      row = i;
    }
    const d = distance[p]!;
    const dx = xs[i]! - xs[j]!;
    const dy = ys[i]! - ys[j]!;
    const isSimilar = similar[p] === 1;
    // What the pair adds from its known distance: its loss and its pull on the first point.
    // D² and 2(p₁ − p₂) of a similar pair do not depend on the margin.
    let pairLoss: number;
    let pullX = 0;
    let pullY = 0;
    if (isSimilar) {
      pairLoss = dx * dx + dy * dy;
      pullX = 2 * dx;
      pullY = 2 * dy;
    } else {
      const gap = margin - d;
      pairLoss = gap > 0 ? gap * gap : 0;
      if (gap > 0) {
        if (d > 0) {
          const push = (-2 * gap) / d;
          pullX = push * dx;
          pullY = push * dy;
        } else pullX = -2 * gap;
      }
    }
    loss[p] = pairLoss;
    roundedUnits += roundedUnitsOf(pairLoss);
    if (pairLoss > largestLoss) {
      largest = p;
      largestLoss = pairLoss;
    }
    if (!isSimilar && d < margin) {
      activeDissimilar++;
      activeOfPoint[i]!++;
      activeOfPoint[j]!++;
      if (d === 0 && pairLoss > 0) coincident++;
    }
    if (pairLoss === 0) {
      resting++;
      continue;
    }
    if (complete) {
      ownX += pullX;
      ownY += pullY;
      ownActive++;
    } else {
      gradX[i]! += pullX;
      gradY[i]! += pullY;
      activePairsOfPoint[i]!++;
    }
    gradX[j]! -= pullX;
    gradY[j]! -= pullY;
    activePairsOfPoint[j]!++;
    active++;
    total = addCompensated(total, pairLoss, compensation);
  }
  if (row >= 0) {
    gradX[row]! += ownX;
    gradY[row]! += ownY;
    activePairsOfPoint[row]! += ownActive;
  }
  out.total = total;
  out.totalCompensation = compensation.error;
  out.activePairs = active;
  setCounts(stats, { activeDissimilar, coincident, resting, largest, largestLoss, roundedUnits });
}
