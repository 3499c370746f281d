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

/** Whether a segment passes through a rectangle (sampled finely enough for labels). */
export function segmentCrossesRect(s: Segment, r: Rect): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) / 3));
  for (let k = 0; k <= steps; k++) {
    const x = s.x1 + ((s.x2 - s.x1) * k) / steps;
    const y = s.y1 + ((s.y2 - s.y1) * k) / steps;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
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
