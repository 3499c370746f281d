/** Small pure helpers for the marks, in screen pixels. */

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * An arrow from (x1, y1) to (x2, y2): the shaft and two barbs at ±30° from it, as Observable
 * Plot's arrow mark draws them; the head shrinks on short arrows so it never outgrows the shaft.
 * Writes the barbs' ends into `barbs` as [leftX, leftY, rightX, rightY] and returns true, or
 * returns false for an arrow shorter than a pixel. Allocates nothing: the canvas draws a
 * thousand arrows a frame with it.
 */
export function arrowBarbs(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  headLength: number,
  barbs: Float64Array,
): boolean {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 1) return false;
  const head = Math.min(headLength, length * 0.45);
  const angle = Math.atan2(y2 - y1, x2 - x1);
  barbs[0] = x2 - head * Math.cos(angle + Math.PI / 6);
  barbs[1] = y2 - head * Math.sin(angle + Math.PI / 6);
  barbs[2] = x2 - head * Math.cos(angle - Math.PI / 6);
  barbs[3] = y2 - head * Math.sin(angle - Math.PI / 6);
  return true;
}

const barbs = new Float64Array(4);

/** The arrow as an SVG path; empty for arrows shorter than a pixel. */
export function arrowPath({ x1, y1, x2, y2 }: Segment, headLength = 9): string {
  if (!arrowBarbs(x1, y1, x2, y2, headLength, barbs)) return '';
  return `M${x1},${y1}L${x2},${y2}M${barbs[0]},${barbs[1]}L${x2},${y2}L${barbs[2]},${barbs[3]}`;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The part of a segment inside a rectangle, or null when it misses it (Liang and Barsky's
 * clipping: four comparisons whatever the segment's length).
 */
export function clipSegment(s: Segment, r: Rect): Segment | null {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let enter = 0;
  let leave = 1;
  const edges: readonly (readonly [number, number])[] = [
    [-dx, s.x1 - r.left],
    [dx, r.right - s.x1],
    [-dy, s.y1 - r.top],
    [dy, r.bottom - s.y1],
  ];
  for (const [towards, room] of edges) {
    if (towards === 0) {
      if (room < 0) return null;
      continue;
    }
    const t = room / towards;
    if (towards < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return null;
  }
  if (enter === 0 && leave === 1) return s;
  return {
    x1: s.x1 + dx * enter,
    y1: s.y1 + dy * enter,
    x2: s.x1 + dx * leave,
    y2: s.y1 + dy * leave,
  };
}

export function segmentCrossesRect(s: Segment, r: Rect): boolean {
  return clipSegment(s, r) !== null;
}

/**
 * A line as it is worth drawing: unchanged near the view, cut down to a generous box around it
 * when an end lies far out (after a diverging run, millions of pixels away), where stroking the
 * whole dashed length would stall the page. Null when none of it comes near the view.
 */
export function nearSegment(s: Segment, view: Rect): Segment | null {
  const slack = 2 * Math.max(view.right - view.left, view.bottom - view.top);
  return clipSegment(s, {
    left: view.left - slack,
    top: view.top - slack,
    right: view.right + slack,
    bottom: view.bottom + slack,
  });
}

/**
 * Shortens a segment that starts inside `r` so it ends on r's edge, so an arrow longer than the
 * view keeps its head in sight. Segments that start outside are left to the clip path.
 */
export function clipEnd(s: Segment, r: Rect): Segment {
  const inside = (x: number, y: number) =>
    x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  if (!inside(s.x1, s.y1) || inside(s.x2, s.y2)) return s;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t = 1;
  if (dx > 0) t = Math.min(t, (r.right - s.x1) / dx);
  if (dx < 0) t = Math.min(t, (r.left - s.x1) / dx);
  if (dy > 0) t = Math.min(t, (r.bottom - s.y1) / dy);
  if (dy < 0) t = Math.min(t, (r.top - s.y1) / dy);
  return { x1: s.x1, y1: s.y1, x2: s.x1 + dx * t, y2: s.y1 + dy * t };
}
