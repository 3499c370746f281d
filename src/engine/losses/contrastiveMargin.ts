/**
 * A new margin for points that have not moved: every pair's distance is already known, so one
 * pass rescores the pairs (no square roots), gathers the gradients and, in the same loop, the
 * counts the views read (statistics.ts), where a full evaluation followed by a count takes two
 * passes and a square root a pair. It must agree with `evaluateContrastive` and
 * `countStatistics` to the last bit (the tests compare them).
 */
import type { PairList } from '../pairs';
import { roundedUnitsOf, type PairStatistics } from '../statistics';
import { addCompensated, type ContrastiveOutput, type Embedding } from './contrastive';

/** What one pair adds, from its known distance: its loss and its pull on the first point. */
const scored = { loss: 0, gradX: 0, gradY: 0 };

function rescorePair(dx: number, dy: number, d: number, similar: boolean, margin: number) {
  if (similar) {
    // D² and 2(p₁ − p₂) do not depend on the margin.
    scored.loss = dx * dx + dy * dy;
    scored.gradX = 2 * dx;
    scored.gradY = 2 * dy;
    return;
  }
  const gap = margin - d;
  scored.loss = gap > 0 ? gap * gap : 0;
  if (!(gap > 0)) {
    scored.gradX = 0;
    scored.gradY = 0;
  } else if (d > 0) {
    const push = (-2 * gap) / d;
    scored.gradX = push * dx;
    scored.gradY = push * dy;
  } else {
    scored.gradX = -2 * gap;
    scored.gradY = 0;
  }
}

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
  // share is summed along its row first, exactly as evaluateAllPairs sums it.
  let row = -1;
  let ownX = 0;
  let ownY = 0;
  let ownActive = 0;
  const closeRow = () => {
    if (row < 0) return;
    gradX[row]! += ownX;
    gradY[row]! += ownY;
    activePairsOfPoint[row]! += ownActive;
    ownX = ownY = ownActive = 0;
  };
  for (let p = 0; p < pairs.count; p++) {
    const i = first[p]!;
    const j = second[p]!;
    if (pairs.complete && i !== row) {
      closeRow();
      row = i;
    }
    const d = distance[p]!;
    const isSimilar = similar[p] === 1;
    rescorePair(xs[i]! - xs[j]!, ys[i]! - ys[j]!, d, isSimilar, margin);
    const pairLoss = scored.loss;
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
    if (pairs.complete) {
      ownX += scored.gradX;
      ownY += scored.gradY;
      ownActive++;
    } else {
      gradX[i]! += scored.gradX;
      gradY[i]! += scored.gradY;
      activePairsOfPoint[i]!++;
    }
    gradX[j]! -= scored.gradX;
    gradY[j]! -= scored.gradY;
    activePairsOfPoint[j]!++;
    active++;
    total = addCompensated(total, pairLoss, compensation);
  }
  closeRow();
  out.total = total;
  out.totalCompensation = compensation.error;
  out.activePairs = active;
  stats.activeDissimilar = activeDissimilar;
  stats.coincident = coincident;
  stats.resting = resting;
  stats.largest = largest;
  stats.largestLoss = largestLoss;
  stats.largestStale = false;
  stats.roundedUnits = roundedUnits;
}
