import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { createEvaluator } from '../../../scene/evaluation';
import { layoutPlane } from '../geometry/layout';
import { pairCurves } from './pairCurves';
import { planeScales } from '../geometry/scales';

const evaluation = createEvaluator()(defaultScene);
const size = { width: 560, height: 320 };
const scales = planeScales({ xMin: -0.4, xMax: 1.4, yMin: 0, yMax: 1.05 }, size);
const layout = layoutPlane(evaluation, scales, 0.5);
const view = { left: 0, top: 0, right: size.width, bottom: size.height };
const all = [0, 1, 2, 3];
/** How far each curve's control point lies from its chord's middle, px. */
const bows = (crowded: boolean, faint: (p: number) => boolean = () => false) =>
  pairCurves(evaluation, layout, all, view, faint, crowded).map((c) =>
    Math.hypot(c!.cx - (c!.x1 + c!.x2) / 2, c!.cy - (c!.y1 + c!.y2) / 2),
  );

describe('where the pair lines go', () => {
  it('bows the example’s A1–B1 off the diagonal it shares with A2–B2, which stays straight', () => {
    // Pairs in the seed's order: A1–A2, A1–B1, A2–B2, B1–B2.
    const [a1a2, a1b1, a2b2, b1b2] = bows(false);
    expect(a1b1).toBeGreaterThan(10);
    expect(a2b2).toBe(0);
    expect(a1a2).toBe(0);
    expect(b1b2).toBe(0);
  });

  it('bows nothing in a crowded scene, nor for a faint line', () => {
    expect(bows(true)).toEqual([0, 0, 0, 0]);
    expect(bows(false, (p) => p === 2)).toEqual([0, 0, 0, 0]);
  });

  it('cuts a line with an end far outside the view down to its near part, unbowed', () => {
    const far = createEvaluator()({
      ...defaultScene,
      points: defaultScene.points.map((p) => (p.label === 'B1' ? { ...p, x: -1e5 } : p)),
    });
    const [, a1b1] = pairCurves(far, layoutPlane(far, scales, 0.5), all, view, () => false, false);
    expect(a1b1!.x2).toBeGreaterThan(-2 * size.width - 1);
    expect(a1b1!.cx).toBeCloseTo((a1b1!.x1 + a1b1!.x2) / 2, 9);
  });
});
