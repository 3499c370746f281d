/**
 * Counts what a word's box would cover (point symbols, labels, lines, arrows) without testing
 * every obstacle for every candidate box. A dense scene has a thousand symbols and as many
 * arrows, and the overlays try dozens of spots per word each frame: the obstacles are put once
 * into square cells, and a box tests only what lies in the cells it touches. The counts are the
 * same as testing everything.
 */
import { rectsOverlap, segmentCrossesRect, type Rect, type Segment } from './geometry';

/** Cell side, px: about a short word's width. */
const CELL = 40;
/**
 * Cells beyond these are folded onto the last one, so a point dragged a million units away costs
 * no more than one at the edge (clamping keeps every overlap: overlapping spans stay overlapping).
 */
const FIRST_CELL = -64;
const LAST_CELL = 1024;
/** One number per cell, for the map's key. */
const keyOf = (column: number, row: number) =>
  (column - FIRST_CELL) * (LAST_CELL - FIRST_CELL + 1) + (row - FIRST_CELL);
const cellOf = (px: number) =>
  Number.isNaN(px) ? 0 : Math.max(FIRST_CELL, Math.min(LAST_CELL, Math.floor(px / CELL)));

export interface ObstacleIndex {
  /** How many boxes overlap `box`. */
  boxesHit(box: Rect): number;
  /** How many segments cross `box`. */
  segmentsCrossing(box: Rect): number;
}

type Visit = (column: number, row: number) => void;

/** The cells a box touches, clamped as cellOf clamps. */
function boxCells(box: Rect, visit: Visit): void {
  const right = cellOf(box.right);
  const bottom = cellOf(box.bottom);
  for (let column = cellOf(box.left); column <= right; column++)
    for (let row = cellOf(box.top); row <= bottom; row++) visit(column, row);
}

/**
 * The cells a segment passes through, column by column, each with a pixel to spare for rounding:
 * the cells of its bounding box would be a million for a long diagonal arrow. A segment crossing
 * a box crosses it in a cell the box touches, so no count changes.
 */
function segmentCells(s: Segment, visit: Visit): void {
  if (![s.x1, s.y1, s.x2, s.y2].every(Number.isFinite)) {
    boxCells(segmentBounds(s), visit);
    return;
  }
  const [ax, ay, bx, by] = s.x1 <= s.x2 ? [s.x1, s.y1, s.x2, s.y2] : [s.x2, s.y2, s.x1, s.y1];
  const slope = bx > ax ? (by - ay) / (bx - ax) : 0;
  const first = cellOf(ax);
  const last = cellOf(bx);
  for (let column = first; column <= last; column++) {
    const from = column === first ? ay : ay + slope * (column * CELL - ax);
    const to = column === last ? by : ay + slope * ((column + 1) * CELL - ax);
    const bottom = cellOf(Math.max(from, to) + 1);
    for (let row = cellOf(Math.min(from, to) - 1); row <= bottom; row++) visit(column, row);
  }
}

/** A grid of cells, each listing the items that touch it. */
function grid<T>(items: readonly T[], cellsOf: (item: T, visit: Visit) => void) {
  const cells = new Map<number, number[]>();
  items.forEach((item, k) => {
    cellsOf(item, (column, row) => {
      const key = keyOf(column, row);
      const list = cells.get(key);
      if (list) list.push(k);
      else cells.set(key, [k]);
    });
  });
  // Items seen in this query, so one spanning several cells is tested once.
  const seen = new Int32Array(items.length).fill(-1);
  let query = 0;
  return (box: Rect, hit: (item: T) => boolean): number => {
    query++;
    let count = 0;
    boxCells(box, (column, row) => {
      for (const k of cells.get(keyOf(column, row)) ?? []) {
        if (seen[k] === query) continue;
        seen[k] = query;
        if (hit(items[k]!)) count++;
      }
    });
    return count;
  };
}

const segmentBounds = (s: Segment): Rect => ({
  left: Math.min(s.x1, s.x2),
  right: Math.max(s.x1, s.x2),
  top: Math.min(s.y1, s.y2),
  bottom: Math.max(s.y1, s.y2),
});

export function indexObstacles(obstacles: {
  readonly boxes: readonly Rect[];
  readonly segments: readonly Segment[];
}): ObstacleIndex {
  const boxes = grid(obstacles.boxes, boxCells);
  const segments = grid(obstacles.segments, segmentCells);
  return {
    boxesHit: (box) => boxes(box, (other) => rectsOverlap(other, box)),
    segmentsCrossing: (box) => segments(box, (segment) => segmentCrossesRect(segment, box)),
  };
}
