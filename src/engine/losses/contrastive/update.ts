/**
 * The contrastive loss after one point moves: only that point's pairs are scored again, O(n)
 * instead of O(n²), with the same kernel as the full evaluation (contrastive.ts).
 */
import type { PairIncidence, PairList } from '../../pairs';
import {
  addCompensated,
  scorePair,
  term,
  type ContrastiveOutput,
  type Embedding,
} from './contrastive';

/**
 * Moves `point` to (x, y) in `embedding` and brings `out` up to date, with the margin unchanged:
 * only the pairs of that point are recomputed. The moved point's gradient is summed afresh; each
 * partner's gradient loses the pair's old contribution and gains the new one.
 */
export function moveContrastivePoint(
  embedding: Embedding,
  pairs: PairList,
  incidence: PairIncidence,
  margin: number,
  point: number,
  x: number,
  y: number,
  out: ContrastiveOutput,
): void {
  const { xs, ys } = embedding;
  const { first, second, similar } = pairs;
  const { distance, loss, gradX, gradY, activePairsOfPoint } = out;
  const previousX = xs[point]!;
  const previousY = ys[point]!;
  xs[point] = x;
  ys[point] = y;
  let ownGradX = 0;
  let ownGradY = 0;
  let ownActive = 0;
  const compensation = { error: out.totalCompensation };
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
      out.total = addCompensated(out.total, -loss[p]!, compensation);
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
      out.total = addCompensated(out.total, term.loss, compensation);
    }
    if (activePairsOfPoint[partner] === 0) {
      gradX[partner] = 0;
      gradY[partner] = 0;
    }
  }
  gradX[point] = ownGradX;
  gradY[point] = ownGradY;
  activePairsOfPoint[point] = ownActive;
  out.totalCompensation = compensation.error;
}
