import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { contains } from '../../plane/geometry/viewport';
import { fitWithOrigin, holdsAll, longestGradient, panelScale } from './panelGeometry';

describe('the panels’ geometry', () => {
  it('fits a square window around the points and the origin', () => {
    const view = fitWithOrigin(defaultScene.points);
    expect(view.xMax - view.xMin).toBeCloseTo(view.yMax - view.yMin, 12);
    expect(contains(view, { x: 0, y: 0 })).toBe(true);
    expect(holdsAll(view, defaultScene.points)).toBe(true);
  });

  it('holds the points until one of them nears the edge', () => {
    const view = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
    expect(holdsAll(view, [{ x: 0.5, y: 0.95 }])).toBe(true);
    expect(holdsAll(view, [{ x: 0.5, y: 0.97 }])).toBe(false);
    expect(holdsAll(view, [{ x: -0.1, y: 0.5 }])).toBe(false);
  });

  it('finds the longest gradient, or none when everything is at rest', () => {
    const gradX = Float64Array.from([0.3, -3, 0]);
    const gradY = Float64Array.from([0.4, 4, 0]);
    expect(longestGradient(gradX, gradY)).toEqual({ index: 1, length: 5 });
    expect(longestGradient(new Float64Array(2), new Float64Array(2))).toEqual({
      index: -1,
      length: 0,
    });
  });

  it('maps the window onto the panel with screen up as +y', () => {
    const scale = panelScale({ xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, 200);
    expect([scale.x(-1), scale.x(1), scale.y(1), scale.y(-1)]).toEqual([0, 200, 0, 200]);
    expect(scale.pixelsPerUnit).toBe(100);
  });
});
