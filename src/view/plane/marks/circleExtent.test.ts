import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { circleInView, viewExtentFor } from './circleExtent';
import { fitViewport } from '../geometry/viewport';

describe('the extent a whole margin circle needs', () => {
  const { points, margin } = defaultScene;

  it('is the circle’s four extremes around the focus point', () => {
    expect(viewExtentFor(points, margin, 0)).toEqual([
      { x: -0.19999999999999996, y: 0.2 },
      { x: 1.8, y: 0.2 },
      { x: 0.8, y: -0.8 },
      { x: 0.8, y: 1.2 },
    ]);
    expect(viewExtentFor(points, margin, null)).toEqual([]);
    expect(viewExtentFor(points, 0, 1)).toEqual([]);
    expect(viewExtentFor(points, margin, 9)).toEqual([]);
  });

  it('once fitted with the points, holds the circle whole; the points alone do not', () => {
    const size = { width: 560, height: 320 };
    expect(circleInView(fitViewport(points, size), points[1]!, margin)).toBe(false);
    const view = fitViewport([...points, ...viewExtentFor(points, margin, 1)], size);
    expect(circleInView(view, points[1]!, margin)).toBe(true);
    for (const point of points) expect(circleInView(view, point, 0)).toBe(true);
  });
});
