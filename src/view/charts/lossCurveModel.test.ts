import { describe, expect, it } from 'vitest';
import { niceCeiling } from './ChartFrame';
import { curvePoints, distanceAxisEnd, lossAxisEnd, pairDensity } from './lossCurveModel';

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

describe('the density of many pairs', () => {
  it('counts every pair once, in the cell of its distance and loss', () => {
    const distance = Float64Array.from([0.1, 0.1, 1.5, 3.9]);
    const loss = Float64Array.from([0.01, 0.81, 0, 0]);
    const similar = Uint8Array.from([1, 0, 0, 0]);
    const density = pairDensity(distance, loss, similar, 4, 4, 1, 4, 2);
    // Columns are 1 wide in D; rows 0.5 tall in loss, the top row first.
    expect([...density.similar]).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
    expect([...density.dissimilar]).toEqual([1, 0, 0, 0, 0, 1, 0, 1]);
    expect(density.most).toBe(1);
  });

  it('puts pairs beyond the axes on its edges', () => {
    const density = pairDensity(
      Float64Array.from([9]),
      Float64Array.from([9]),
      Uint8Array.from([0]),
      1,
      4,
      1,
      4,
      2,
    );
    expect([...density.dissimilar]).toEqual([0, 0, 0, 1, 0, 0, 0, 0]);
  });
});
