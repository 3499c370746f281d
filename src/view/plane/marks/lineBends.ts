/**
 * Lines that lie on top of each other read as one line. The worked example's four points all lie
 * on x + y = 1, so A1–B1 and A2–B2 (and, with every pair, A1–B2 and A2–B1 too) share one
 * diagonal. Here is decided which lines overlap and how far to bow each one aside, in screen
 * pixels, so that every pair can be told apart; the SVG lines and the canvas both draw the same
 * bows with `bentCurve`.
 *
 * Of a bundle of overlapping lines the one that matters most (the caller's priority, e.g. the
 * pair's loss) stays straight, drawn true; the next bows one step to one side, the next one step
 * to the other, then two steps, and so on. A bow grows as two lines come closer, so dragging a
 * point off the shared line straightens its line gradually rather than with a jump.
 */
import type { Segment } from '../geometry/geometry';

export interface BendOptions {
  /** How far apart neighbouring lines of a bundle are at their middles, px. */
  readonly step: number;
  /** Lines farther apart than this, px, along their shared stretch do not overlap. */
  readonly tolerance: number;
  /** Lines shorter than this, px, are never bent and bend nothing: a stub is read by its ends. */
  readonly minLength: number;
  /** Lines meeting at a larger angle, radians, cross rather than overlap. */
  readonly maxAngle: number;
}

export const BEND_OPTIONS: BendOptions = {
  step: 14,
  tolerance: 20,
  minLength: 40,
  maxAngle: (8 * Math.PI) / 180,
};

/** Bows tried in turn: straight, then one step either side, up to this many steps. */
const MAX_STEPS = 3;
/** A bow is at most this share of its line's length, so short lines stay lines. */
const MAX_BOW_SHARE = 0.25;
/** Above this many lines, bundles are not looked for: a scene that full is read by its colours. */
export const MAX_BENT_LINES = 1500;

interface Line {
  readonly x1: number;
  readonly y1: number;
  readonly length: number;
  /** Unit direction, turned so that it points right (or down when vertical), from (x1, y1). */
  readonly ux: number;
  readonly uy: number;
}

function lineOf(s: Segment): Line {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x1: s.x1, y1: s.y1, length, ux: 1, uy: 0 };
  // Start from the end that makes the direction point right (or down).
  return dx < 0 || (dx === 0 && dy < 0)
    ? { x1: s.x2, y1: s.y2, length, ux: -dx / length, uy: -dy / length }
    : { x1: s.x1, y1: s.y1, length, ux: dx / length, uy: dy / length };
}

/**
 * How close two lines are over the stretch they share: 1 when they coincide there, falling to 0
 * at `tolerance` px apart; 0 when they cross at an angle or share too little of their length.
 */
export function closeness(a: Segment, b: Segment, options: BendOptions = BEND_OPTIONS): number {
  const [la, lb] = [lineOf(a), lineOf(b)];
  const [long, short, shortSegment] = la.length >= lb.length ? [la, lb, b] : [lb, la, a];
  if (short.length < options.minLength) return 0;
  const sine = Math.abs(long.ux * short.uy - long.uy * short.ux);
  if (sine > Math.sin(options.maxAngle)) return 0;
  // The short line's ends measured along and across the long one.
  const along = (x: number, y: number) => (x - long.x1) * long.ux + (y - long.y1) * long.uy;
  const across = (x: number, y: number) => -(x - long.x1) * long.uy + (y - long.y1) * long.ux;
  const t1 = along(shortSegment.x1, shortSegment.y1);
  const t2 = along(shortSegment.x2, shortSegment.y2);
  const d1 = across(shortSegment.x1, shortSegment.y1);
  const d2 = across(shortSegment.x2, shortSegment.y2);
  const low = Math.max(0, Math.min(t1, t2));
  const high = Math.min(long.length, Math.max(t1, t2));
  if (high - low < Math.max(20, 0.3 * short.length)) return 0;
  // Across-distance of the short line where the shared stretch begins and ends.
  const acrossAt = (t: number) => d1 + ((d2 - d1) * (t - t1)) / (t2 - t1);
  const apart = Math.max(Math.abs(acrossAt(low)), Math.abs(acrossAt(high)));
  return apart >= options.tolerance ? 0 : 1 - apart / options.tolerance;
}

/** The steps tried in turn: 0, +1, −1, +2, −2, … */
const STEPS = [0, ...Array.from({ length: MAX_STEPS }, (_, k) => [k + 1, -(k + 1)]).flat()];

/**
 * Each line's bow, px: how far its middle moves across it, positive to the left of its
 * right-pointing direction (see `bentCurve`). `priority` orders each bundle: higher stays
 * straighter; ties go to the earlier line.
 */
export function lineBends(
  segments: readonly Segment[],
  priority: (k: number) => number,
  options: BendOptions = BEND_OPTIONS,
  /** Compare every line with every other instead of with its buckets' (for tests). */
  exhaustive = false,
): Float64Array {
  const n = segments.length;
  const bends = new Float64Array(n);
  if (n < 2 || n > MAX_BENT_LINES) return bends;
  const lines = segments.map(lineOf);
  const candidates = [...lines.keys()].filter((k) => lines[k]!.length >= options.minLength);

  // Buckets by direction and by offset from the origin: only neighbouring buckets can overlap.
  // Two overlapping lines within R px of the origin differ in offset by at most R·angle + their
  // distance apart, so buckets that wide keep them in neighbouring buckets.
  const directions = Math.max(1, Math.floor(Math.PI / options.maxAngle));
  let reach = 0;
  for (const s of segments) reach = Math.max(reach, Math.hypot(s.x1, s.y1), Math.hypot(s.x2, s.y2));
  const offsetBucket = reach * options.maxAngle + options.tolerance + 1;
  const bucketOf = (k: number, flip = false) => {
    const { ux, uy, x1, y1 } = lines[k]!;
    const angle = Math.atan2(uy, ux) + Math.PI / 2; // 0 … π
    const offset = (-x1 * uy + y1 * ux) * (flip ? -1 : 1);
    return [
      Math.min(directions - 1, Math.floor((angle / Math.PI) * directions)),
      Math.floor(offset / offsetBucket),
    ] as const;
  };
  const buckets = new Map<string, number[]>();
  for (const k of candidates) {
    const key = bucketOf(k).join(':');
    const list = buckets.get(key);
    if (list) list.push(k);
    else buckets.set(key, [k]);
  }
  const neighbours = (k: number): number[] => {
    if (exhaustive) return candidates.filter((j) => j !== k);
    const found: number[] = [];
    const [direction, offset] = bucketOf(k);
    for (const turn of [-1, 0, 1]) {
      const wraps = direction + turn < 0 || direction + turn >= directions;
      const d = (direction + turn + directions) % directions;
      // Across the wrap a line's direction flips, and so does the sign of its offset.
      const o = wraps ? bucketOf(k, true)[1] : offset;
      for (const shift of [-1, 0, 1]) {
        for (const j of buckets.get(`${d}:${o + shift}`) ?? []) if (j !== k) found.push(j);
      }
    }
    return found;
  };

  const order = candidates.sort((a, b) => priority(b) - priority(a) || a - b);
  const step = new Map<number, number>();
  for (const k of order) {
    let nearest = 0;
    const taken = new Set<number>();
    for (const j of neighbours(k)) {
      const close = closeness(segments[k]!, segments[j]!, options);
      if (close === 0) continue;
      nearest = Math.max(nearest, close);
      const placed = step.get(j);
      if (placed === undefined) continue;
      // The same side for both only if they point the same way.
      const same = lines[k]!.ux * lines[j]!.ux + lines[k]!.uy * lines[j]!.uy >= 0;
      taken.add(same ? placed : -placed);
    }
    const mine = STEPS.find((s) => !taken.has(s)) ?? 0;
    step.set(k, mine);
    const bow = mine * options.step * nearest;
    const cap = MAX_BOW_SHARE * lines[k]!.length;
    bends[k] = Math.max(-cap, Math.min(cap, bow));
  }
  return bends;
}

/** A line bowed by `bend` px: the control point of the quadratic curve from its start to its end. */
export interface Curve extends Segment {
  readonly cx: number;
  readonly cy: number;
}

/**
 * The curve that draws segment s bowed by `bend` px at its middle (a quadratic Bézier's middle
 * lies halfway to its control point, so the control point sits twice as far out).
 */
export function bentCurve(s: Segment, bend: number): Curve {
  const { ux, uy } = lineOf(s);
  const mx = (s.x1 + s.x2) / 2;
  const my = (s.y1 + s.y2) / 2;
  // Left of the direction, as screen y grows downwards: (uy, −ux).
  return { ...s, cx: mx + uy * 2 * bend, cy: my - ux * 2 * bend };
}

/** The curve as an SVG path: a straight line when it is not bent. */
export function curvePath(c: Curve): string {
  const straight = c.cx === (c.x1 + c.x2) / 2 && c.cy === (c.y1 + c.y2) / 2;
  return straight
    ? `M${c.x1},${c.y1}L${c.x2},${c.y2}`
    : `M${c.x1},${c.y1}Q${c.cx},${c.cy} ${c.x2},${c.y2}`;
}
