/**
 * The textbook way of keeping the contrastive loss up to date, which the engine's incremental
 * update and landscape are measured against: an object per point, a call per pair returning an
 * object (the textbook pair term, src/testing/referenceLosses.ts), arrays of objects for results.
 */
import {
  pairTerm,
  type ContrastiveTotals,
  type ReferencePair,
  type ReferencePoint,
} from '../src/testing/referenceLosses';

/**
 * After one point moved: recompute its pairs (found by scanning the pair list, as a textbook
 * would), and patch the totals and gradients.
 */
export function referenceUpdate(
  points: ReferencePoint[],
  pairs: ReferencePair[],
  margin: number,
  moved: number,
  previous: ReferencePoint,
  result: ContrastiveTotals,
): void {
  pairs.forEach((pair, index) => {
    if (pair.i !== moved && pair.j !== moved) return;
    const before = pairTerm(
      pair.i === moved ? previous : points[pair.i]!,
      pair.j === moved ? previous : points[pair.j]!,
      pair.similar,
      margin,
    );
    const after = pairTerm(points[pair.i]!, points[pair.j]!, pair.similar, margin);
    result.total += after.loss - before.loss;
    result.losses[index] = after.loss;
    result.distances[index] = after.distance;
    for (const [end, sign] of [
      [pair.i, 1],
      [pair.j, -1],
    ] as const) {
      result.gradients[end]!.x += sign * (after.gradient.x - before.gradient.x);
      result.gradients[end]!.y += sign * (after.gradient.y - before.gradient.y);
    }
  });
}

/** One point's total loss over a grid of positions, by moving a copy of it cell by cell. */
export function referenceLandscape(
  points: ReferencePoint[],
  pairs: ReferencePair[],
  margin: number,
  moved: number,
  total: number,
  grid: { xMin: number; xMax: number; yMin: number; yMax: number; columns: number; rows: number },
): number[] {
  const own = pairs.filter((pair) => pair.i === moved || pair.j === moved);
  const partner = (pair: ReferencePair) => points[pair.i === moved ? pair.j : pair.i]!;
  const rest =
    total -
    own.reduce(
      (sum, pair) => sum + pairTerm(points[moved]!, partner(pair), pair.similar, margin).loss,
      0,
    );
  const values: number[] = [];
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const at = {
        x: grid.xMin + ((column + 0.5) * (grid.xMax - grid.xMin)) / grid.columns,
        y: grid.yMax - ((row + 0.5) * (grid.yMax - grid.yMin)) / grid.rows,
      };
      values.push(
        own.reduce(
          (sum, pair) => sum + pairTerm(at, partner(pair), pair.similar, margin).loss,
          rest,
        ),
      );
    }
  }
  return values;
}
