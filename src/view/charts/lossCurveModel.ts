/** The geometry of the loss-versus-distance chart, kept pure so it can be tested. */
import { contrastivePairLoss } from '../../engine';
import { niceCeiling } from './ChartFrame';

/**
 * The D axis runs to a nice number past both the margin and the farthest pair (at least 2), so
 * the curves, the margin line and every dot are in view; it only grows in nice steps.
 */
export function distanceAxisEnd(largestDistance: number, margin: number): number {
  return niceCeiling(Math.max(2, 1.25 * margin, 1.05 * largestDistance));
}

/** The loss axis shows the dissimilar curve whole (its top is m² at D = 0), and at least 0.2. */
export function lossAxisEnd(margin: number): number {
  return niceCeiling(1.15 * Math.max(margin * margin, 0.2));
}

/** Points along one curve, (D, loss), from D = 0 to `end`; the margin is sampled exactly. */
export function curvePoints(
  similar: boolean,
  margin: number,
  end: number,
  samples = 160,
): [number, number][] {
  const ds = Array.from({ length: samples + 1 }, (_, k) => (end * k) / samples);
  if (!similar && margin > 0 && margin < end) ds.push(margin);
  ds.sort((a, b) => a - b);
  return ds.map((d) => [d, contrastivePairLoss(d, similar, margin)]);
}

/** Pairs counted by where they fall on the chart: one grid of cells for each kind of pair. */
export interface PairDensity {
  readonly columns: number;
  readonly rows: number;
  /** Pairs per cell, row by row from the top: same identity, and different identities. */
  readonly similar: Uint32Array;
  readonly dissimilar: Uint32Array;
  /** The most pairs in one cell, of either kind. */
  readonly most: number;
}

/**
 * Every pair counted into a grid over the chart's plot, (D, loss) to a cell: for scenes with far
 * more pairs than a chart has room for dots, the shading of where they are. A pair above the loss
 * axis goes to the top row, as its dot would.
 */
export function pairDensity(
  distance: Float64Array,
  loss: Float64Array,
  similar: Uint8Array,
  count: number,
  distanceEnd: number,
  lossEnd: number,
  columns: number,
  rows: number,
): PairDensity {
  const similarCells = new Uint32Array(columns * rows);
  const dissimilarCells = new Uint32Array(columns * rows);
  let most = 0;
  for (let p = 0; p < count; p++) {
    const column = Math.min(columns - 1, Math.floor((distance[p]! / distanceEnd) * columns));
    const row = Math.max(0, rows - 1 - Math.floor((loss[p]! / lossEnd) * rows));
    const cells = similar[p] === 1 ? similarCells : dissimilarCells;
    const cell = row * columns + column;
    const n = ++cells[cell]!;
    if (n > most) most = n;
  }
  return { columns, rows, similar: similarCells, dissimilar: dissimilarCells, most };
}
