import { describe, expect, it } from 'vitest';
import { niceCeiling } from './ChartFrame';
import { curvePoints, distanceAxisEnd, lossAxisEnd } from './lossCurveModel';

describe('the loss-versus-distance chart', () => {
  it('keeps the margin and every pair in view on a nice axis', () => {
    expect(distanceAxisEnd(0.99, 1)).toBe(2);
    expect(distanceAxisEnd(0.99, 2)).toBe(2.5);
    expect(distanceAxisEnd(3.2, 1)).toBe(4);
    expect(lossAxisEnd(1)).toBe(1.5);
    expect(lossAxisEnd(0.3)).toBe(0.25);
  });

  it('samples the hinge exactly at the margin and is flat beyond it', () => {
    const points = curvePoints(false, 1, 2, 8);
    expect(points).toContainEqual([1, 0]);
    expect(points.filter(([d]) => d >= 1).every(([, loss]) => loss === 0)).toBe(true);
    expect(points[0]).toEqual([0, 1]);
    expect(curvePoints(true, 1, 2, 4).map(([, loss]) => loss)).toEqual([0, 0.25, 1, 2.25, 4]);
  });

  it('rounds up to nice numbers', () => {
    expect([0.2, 0.23, 1, 1.2, 2.6, 4.04, 9].map(niceCeiling)).toEqual([
      0.2, 0.25, 1, 1.5, 3, 5, 10,
    ]);
  });
});
