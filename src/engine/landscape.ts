/**
 * The loss landscape of one point: the total loss as a function of that point's position, every
 * other point held still, sampled at the centres of a regular grid (row 0 at the top, yMax).
 *
 * Only the point's own pairs depend on where it is, so each cell costs O(degree), not O(pairs):
 *   L(q) = (total − Σ own pairs' losses now) + Σ own pairs' losses with the point at q.
 * `pushFree`, if given, marks the cells where no dissimilar partner is closer than the margin:
 * there the point's push terms are all zero and only its pulls change the loss.
 */
import { contrastivePairLoss, type Embedding } from './losses/contrastive/contrastive';
import type { PairIncidence, PairList } from './pairs';

export interface Grid {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly columns: number;
  readonly rows: number;
}

/** The centre of grid cell (column, row), in plane units. */
export function cellCentre(grid: Grid, column: number, row: number): [number, number] {
  return [
    grid.xMin + ((column + 0.5) * (grid.xMax - grid.xMin)) / grid.columns,
    grid.yMax - ((row + 0.5) * (grid.yMax - grid.yMin)) / grid.rows,
  ];
}

/** L of a pair whose points are (dx, dy) apart. */
const lossApart = (dx: number, dy: number, similar: boolean, margin: number): number =>
  contrastivePairLoss(Math.sqrt(dx * dx + dy * dy), similar, margin);

export function lossLandscape(
  embedding: Embedding,
  pairs: PairList,
  incidence: PairIncidence,
  margin: number,
  point: number,
  total: number,
  grid: Grid,
  out: Float64Array,
  pushFree?: Uint8Array,
): void {
  const { xs, ys } = embedding;
  const start = incidence.offsets[point]!;
  const degree = incidence.offsets[point + 1]! - start;
  // The partners, gathered once into flat arrays the cell loop can stream through.
  const partnerX = new Float64Array(degree);
  const partnerY = new Float64Array(degree);
  const similar = new Uint8Array(degree);
  const [x0, y0] = [xs[point]!, ys[point]!];
  let own = 0;
  for (let k = 0; k < degree; k++) {
    const p = incidence.pairIndex[start + k]!;
    const partner = pairs.first[p] === point ? pairs.second[p]! : pairs.first[p]!;
    partnerX[k] = xs[partner]!;
    partnerY[k] = ys[partner]!;
    similar[k] = pairs.similar[p]!;
    own += lossApart(x0 - partnerX[k]!, y0 - partnerY[k]!, similar[k] === 1, margin);
  }
  const rest = total - own;
  const cellWidth = (grid.xMax - grid.xMin) / grid.columns;
  const cellHeight = (grid.yMax - grid.yMin) / grid.rows;
  for (let row = 0; row < grid.rows; row++) {
    const y = grid.yMax - (row + 0.5) * cellHeight;
    for (let column = 0; column < grid.columns; column++) {
      const x = grid.xMin + (column + 0.5) * cellWidth;
      let sum = rest;
      let pushing = 0;
      for (let k = 0; k < degree; k++) {
        const pairLoss = lossApart(x - partnerX[k]!, y - partnerY[k]!, similar[k] === 1, margin);
        sum += pairLoss;
        if (similar[k] === 0 && pairLoss > 0) pushing++;
      }
      out[row * grid.columns + column] = Math.max(0, sum);
      if (pushFree) pushFree[row * grid.columns + column] = pushing === 0 ? 1 : 0;
    }
  }
}
