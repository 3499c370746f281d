import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCentre, lossLandscape, type Grid } from './landscape';
import { totalLoss } from './losses/contrastive/contrastive';
import { evaluate } from './losses/contrastive/fixtures';
import { allPairs, incidenceOf } from './pairs';
import { pointsArbitrary } from '../testing/arbitraries';

describe('the loss landscape of one point', () => {
  it('equals a full evaluation with the point moved to each cell centre', () => {
    const coordinate = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(
        pointsArbitrary(coordinate, 7),
        fc.nat(),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (points, pick, margin) => {
          const xs = Float64Array.from(points, (p) => p[0]);
          const ys = Float64Array.from(points, (p) => p[1]);
          const pairs = allPairs(points.map((p) => p[2]));
          const point = pick % points.length;
          const out = evaluate(xs, ys, pairs, margin);
          const grid: Grid = { xMin: -3, xMax: 3, yMin: -2, yMax: 2, columns: 6, rows: 4 };
          const landscape = new Float64Array(grid.columns * grid.rows);
          lossLandscape(
            { xs, ys },
            pairs,
            incidenceOf(pairs, points.length),
            margin,
            point,
            totalLoss(out),
            grid,
            landscape,
          );
          for (let row = 0; row < grid.rows; row++) {
            for (let column = 0; column < grid.columns; column++) {
              const [x, y] = cellCentre(grid, column, row);
              const moved = { xs: xs.slice(), ys: ys.slice() };
              moved.xs[point] = x;
              moved.ys[point] = y;
              const check = evaluate(moved.xs, moved.ys, pairs, margin);
              expect(landscape[row * grid.columns + column]).toBeCloseTo(totalLoss(check), 9);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('marks where no dissimilar partner is inside the margin', () => {
    // A at the origin; B (another identity) at (2, 0); m = 1. The grid's cells are 1 wide.
    const pairs = allPairs([0, 1]);
    const xs = Float64Array.from([0, 2]);
    const ys = Float64Array.from([0, 0]);
    const out = evaluate(xs, ys, pairs, 1);
    const grid: Grid = { xMin: -0.5, xMax: 3.5, yMin: -0.5, yMax: 0.5, columns: 4, rows: 1 };
    const values = new Float64Array(4);
    const free = new Uint8Array(4);
    lossLandscape(
      { xs, ys },
      pairs,
      incidenceOf(pairs, 2),
      1,
      0,
      totalLoss(out),
      grid,
      values,
      free,
    );
    // Cells centred at x = 0, 1, 2, 3: distance to B 2, 1, 0, 1.
    expect([...free]).toEqual([1, 1, 0, 1]);
    expect(values[2]).toBeCloseTo(1, 12);
  });

  it('puts row 0 at the top of the grid', () => {
    const grid: Grid = { xMin: 0, xMax: 4, yMin: 0, yMax: 2, columns: 4, rows: 2 };
    expect(cellCentre(grid, 0, 0)).toEqual([0.5, 1.5]);
    expect(cellCentre(grid, 3, 1)).toEqual([3.5, 0.5]);
  });
});
