/**
 * The loss landscape of one point over the visible plane: the total loss if that point stood at
 * each place, every other point held still (engine/landscape.ts). The grid is coarse while
 * something moves and fine at rest, sized so a frame never spends more than a few milliseconds.
 */
import { lossOf, type Grid } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import type { PlotSize, Viewport } from '../geometry/viewport';

export interface LandscapeField {
  readonly point: number;
  readonly grid: Grid;
  readonly values: Float64Array;
  /**
   * 1 where no dissimilar partner is inside the margin: only pulls act there. Only the
   * contrastive loss has such a border; under the others every cell is 0.
   */
  readonly pushFree: Uint8Array;
  readonly min: number;
  readonly max: number;
  /** The total loss with the point exactly where it is: the engine's total. */
  readonly atPoint: number;
}

/** Cell-times-partner evaluations a grid may cost: while moving (~5 ms) and at rest (~20 ms). */
const BUDGET = { moving: 2e6, still: 8e6 } as const;
const CELLS = { min: 400, max: 40_000 } as const;

export function landscapeGrid(
  viewport: Viewport,
  size: PlotSize,
  cost: number,
  moving: boolean,
): Grid {
  const cells = Math.min(
    CELLS.max,
    Math.max(CELLS.min, BUDGET[moving ? 'moving' : 'still'] / Math.max(1, cost)),
  );
  const cellSide = Math.sqrt((size.width * size.height) / cells);
  return {
    ...viewport,
    columns: Math.max(4, Math.round(size.width / cellSide)),
    rows: Math.max(4, Math.round(size.height / cellSide)),
  };
}

export function computeLandscape(
  evaluation: Evaluation,
  viewport: Viewport,
  size: PlotSize,
  point: number,
  moving: boolean,
): LandscapeField {
  const { scene, total } = evaluation;
  const xs = Float64Array.from(scene.points, (p) => p.x);
  const ys = Float64Array.from(scene.points, (p) => p.y);
  // Its own copy of the positions: the evaluation's arrays change as the next drag comes in.
  const context = { ...evaluation.context, embedding: { xs, ys } };
  const loss = lossOf(evaluation.objective);
  const grid = landscapeGrid(viewport, size, loss.landscapeCost(context, point), moving);
  const values = new Float64Array(grid.columns * grid.rows);
  const pushFree = new Uint8Array(values.length);
  loss.landscape(context, point, total, grid, values, pushFree);
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  // One cell centred exactly on the point: the value the heatmap shows under it.
  const here = new Float64Array(1);
  const [x, y] = [xs[point]!, ys[point]!];
  const tiny = 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  loss.landscape(
    context,
    point,
    total,
    { xMin: x - tiny, xMax: x + tiny, yMin: y - tiny, yMax: y + tiny, columns: 1, rows: 1 },
    here,
  );
  return { point, grid, values, pushFree, min, max, atPoint: here[0]! };
}

/**
 * Remembers the last field: the landscape of point k does not depend on where k itself is, so
 * while k alone is dragged it is reused, and only a move of another point, the margin, the view
 * or the grid's fineness computes it again.
 */
export function createLandscapeCache() {
  let last:
    | {
        evaluation: Evaluation;
        viewport: Viewport;
        size: PlotSize;
        moving: boolean;
        field: LandscapeField;
      }
    | undefined;
  return (
    evaluation: Evaluation,
    viewport: Viewport,
    size: PlotSize,
    point: number,
    moving: boolean,
  ): LandscapeField => {
    if (last) {
      const before = last.evaluation.scene;
      const now = evaluation.scene;
      const same =
        last.field.point === point &&
        last.viewport === viewport &&
        last.size === size &&
        last.moving === moving &&
        before.margin === now.margin &&
        before.loss === now.loss &&
        before.tau === now.tau &&
        before.pairs === now.pairs &&
        before.points.length === now.points.length &&
        now.points.every((p, i) => i === point || p === before.points[i]);
      if (same) {
        const field = { ...last.field, atPoint: evaluation.total };
        last = { ...last, evaluation, field };
        return field;
      }
    }
    const field = computeLandscape(evaluation, viewport, size, point, moving);
    last = { evaluation, viewport, size, moving, field };
    return field;
  };
}
