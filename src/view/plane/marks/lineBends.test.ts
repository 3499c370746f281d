import { describe, expect, it } from 'vitest';
import type { Segment } from '../geometry/geometry';
import { BEND_OPTIONS, bentCurve, closeness, curvePath, lineBends } from './lineBends';

/** The worked example at 250 px a unit, y down: every point on x + y = 1. */
const px = (x: number, y: number) => ({ x: 100 + 250 * x, y: 300 - 250 * y });
const A1 = px(0.8, 0.2);
const A2 = px(0.75, 0.25);
const B1 = px(0.1, 0.9);
const B2 = px(0.15, 0.85);
const seg = (a: { x: number; y: number }, b: { x: number; y: number }): Segment => ({
  x1: a.x,
  y1: a.y,
  x2: b.x,
  y2: b.y,
});
/** The seed's pairs in its order, with their losses: A1–A2, A1–B1, A2–B2, B1–B2. */
const SEED = [seg(A1, A2), seg(A1, B1), seg(A2, B2), seg(B1, B2)];
const SEED_LOSS = [0.005, 0.0001, 0.0215, 0.005];

describe('lines that lie on each other', () => {
  it('are found along a shared stretch, and not when they cross or lie apart', () => {
    expect(closeness(SEED[1]!, SEED[2]!)).toBeCloseTo(1, 9);
    // A line crossing at a right angle.
    expect(closeness(seg(px(0, 0), px(1, 1)), SEED[1]!)).toBe(0);
    // Parallel, 30 px apart: beyond the tolerance.
    const shifted = { ...SEED[1]!, y1: SEED[1]!.y1 + 30, y2: SEED[1]!.y2 + 30 };
    expect(closeness(SEED[1]!, shifted)).toBe(0);
    // Parallel, 10 px apart: half as close as coinciding.
    const near = {
      ...SEED[1]!,
      y1: SEED[1]!.y1 + 10 * Math.SQRT2,
      y2: SEED[1]!.y2 + 10 * Math.SQRT2,
    };
    expect(closeness(SEED[1]!, near)).toBeCloseTo(0.5, 9);
    // End to end on one line, sharing nothing.
    expect(closeness(seg(px(0, 0), px(0.4, 0)), seg(px(0.5, 0), px(0.9, 0)))).toBe(0);
    // A stub is read by its ends.
    expect(closeness(SEED[0]!, SEED[1]!)).toBe(0);
  });
});

describe('bending overlapping lines apart', () => {
  it('keeps the pair with the most loss straight and bows the seed’s A1–B1 aside', () => {
    const bends = lineBends(SEED, (k) => SEED_LOSS[k]!);
    expect(bends[2]).toBe(0);
    expect(Math.abs(bends[1]!)).toBeCloseTo(BEND_OPTIONS.step, 9);
    expect(bends[1]).not.toBe(bends[2]);
    // The short similar pairs stay straight.
    expect(bends[0]).toBe(0);
    expect(bends[3]).toBe(0);
    // Drawn, their middles are a step apart.
    const middle = (k: number) => {
      const c = bentCurve(SEED[k]!, bends[k]!);
      return { x: (c.x1 + 2 * c.cx + c.x2) / 4, y: (c.y1 + 2 * c.cy + c.y2) / 4 };
    };
    const [m1, m2] = [middle(1), middle(2)];
    expect(Math.hypot(m1.x - m2.x, m1.y - m2.y)).toBeCloseTo(BEND_OPTIONS.step, 9);
  });

  it('fans four lines on one diagonal to four different bows (every pair of the example)', () => {
    const lines = [seg(A1, B1), seg(A1, B2), seg(A2, B1), seg(A2, B2)];
    const loss = [0.0001, 0.0065, 0.0065, 0.0215];
    const bends = [...lineBends(lines, (k) => loss[k]!)];
    expect(new Set(bends).size).toBe(4);
    expect(bends[3]).toBe(0);
    // Equal losses: the earlier line bows first, one step; the later one the other way.
    expect(bends[1]).toBeCloseTo(-bends[2]!, 9);
    expect(Math.abs(bends[0]!)).toBeCloseTo(2 * BEND_OPTIONS.step, 9);
  });

  it('bows less as lines part, and not at all once they are apart', () => {
    const base = seg(px(0, 0), px(1, 0));
    const at = (gap: number) =>
      lineBends([base, { ...base, y1: base.y1 + gap, y2: base.y2 + gap }], (k) => -k)[1]!;
    expect(Math.abs(at(0))).toBeCloseTo(BEND_OPTIONS.step, 9);
    expect(Math.abs(at(10))).toBeCloseTo(BEND_OPTIONS.step / 2, 9);
    expect(at(25)).toBe(0);
  });

  it('finds the same bundles as comparing every line with every other, whatever their angle', () => {
    // Lines through a few shared directions (vertical ones too, where directions wrap round).
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const segments: Segment[] = Array.from({ length: 300 }, () => {
      const angle = [Math.PI / 2 - 0.01, -Math.PI / 2 + 0.02, 0.3, 1.2][Math.floor(random() * 4)]!;
      const offset = Math.floor(random() * 5) * 6;
      const start = random() * 300;
      const length = 60 + random() * 300;
      const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
      const [x0, y0] = [400 - uy * offset, 400 + ux * offset];
      return {
        x1: x0 + ux * start,
        y1: y0 + uy * start,
        x2: x0 + ux * (start + length),
        y2: y0 + uy * (start + length),
      };
    });
    const priority = (k: number) => k % 7;
    const bends = lineBends(segments, priority);
    expect([...bends]).toEqual([...lineBends(segments, priority, BEND_OPTIONS, true)]);
    expect([...bends].filter((b) => b !== 0).length).toBeGreaterThan(50);
  });

  it('draws a straight line as a line and a bowed one as a curve through the bow', () => {
    expect(curvePath(bentCurve({ x1: 0, y1: 0, x2: 100, y2: 0 }, 0))).toBe('M0,0L100,0');
    // Bowed 10 px to the left of a line pointing right: up the screen.
    const curve = bentCurve({ x1: 0, y1: 0, x2: 100, y2: 0 }, 10);
    expect(curve).toMatchObject({ cx: 50, cy: -20 });
    expect(curvePath(curve)).toBe('M0,0Q50,-20 100,0');
    // The same bow whichever end the line starts from.
    expect(bentCurve({ x1: 100, y1: 0, x2: 0, y2: 0 }, 10)).toMatchObject({ cx: 50, cy: -20 });
  });
});
