import { describe, expect, it } from 'vitest';
import { arrowPath, clipEnd, clipSegment, nearSegment, segmentCrossesRect } from './geometry';

const box = { left: 0, top: 0, right: 100, bottom: 50 };

describe('arrow geometry', () => {
  it('draws nothing for an arrow under a pixel long', () => {
    expect(arrowPath({ x1: 5, y1: 5, x2: 5.5, y2: 5.5 })).toBe('');
    expect(arrowPath({ x1: 0, y1: 0, x2: 20, y2: 0 })).toMatch(/^M0,0L20,0M/);
  });

  it('ends an arrow that leaves the view on the view’s edge', () => {
    expect(clipEnd({ x1: 50, y1: 25, x2: 250, y2: 25 }, box)).toEqual({
      x1: 50,
      y1: 25,
      x2: 100,
      y2: 25,
    });
    expect(clipEnd({ x1: 50, y1: 25, x2: 50, y2: -75 }, box)).toEqual({
      x1: 50,
      y1: 25,
      x2: 50,
      y2: 0,
    });
    const inside = { x1: 10, y1: 10, x2: 20, y2: 20 };
    expect(clipEnd(inside, box)).toBe(inside);
  });

  it('tells when a segment passes through a box', () => {
    expect(segmentCrossesRect({ x1: -10, y1: 25, x2: 110, y2: 25 }, box)).toBe(true);
    expect(segmentCrossesRect({ x1: -10, y1: 60, x2: 110, y2: 60 }, box)).toBe(false);
  });

  it('cuts a segment to the part inside a box, however long it is', () => {
    expect(clipSegment({ x1: -50, y1: 25, x2: 150, y2: 25 }, box)).toEqual({
      x1: 0,
      y1: 25,
      x2: 100,
      y2: 25,
    });
    expect(clipSegment({ x1: -1e9, y1: -5e8, x2: 1e9, y2: 5e8 }, box)).toEqual({
      x1: 0,
      y1: 0,
      x2: 100,
      y2: 50,
    });
    expect(clipSegment({ x1: 200, y1: 0, x2: 300, y2: 50 }, box)).toBeNull();
    expect(segmentCrossesRect({ x1: -1e9, y1: 1e9, x2: 1e9, y2: -1e9 }, box)).toBe(true);
  });

  it('leaves lines near the view alone and shortens those reaching far out', () => {
    const view = box;
    const near = { x1: -20, y1: 10, x2: 120, y2: 40 };
    expect(nearSegment(near, view)).toBe(near);
    const far = nearSegment({ x1: 50, y1: 25, x2: 50 + 1e8, y2: 25 }, view);
    expect(far).toEqual({ x1: 50, y1: 25, x2: 300, y2: 25 });
    expect(nearSegment({ x1: 1e6, y1: 1e6, x2: 2e6, y2: 1e6 }, view)).toBeNull();
  });
});
