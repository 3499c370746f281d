import { describe, expect, it } from 'vitest';
import { nearestPoint } from './usePointDrag';

describe('picking the point a press grabs', () => {
  const px = [100, 118, 300];
  const py = [100, 100, 300];

  it('takes the nearest point, even where reaches overlap', () => {
    expect(nearestPoint(px, py, 101, 100, 28)).toBe(0);
    expect(nearestPoint(px, py, 112, 100, 28)).toBe(1);
  });

  it('takes nothing beyond reach', () => {
    expect(nearestPoint(px, py, 200, 200, 28)).toBe(-1);
  });
});
