import { describe, expect, it } from 'vitest';
import { rectsOverlap, segmentCrossesRect, type Rect, type Segment } from './geometry';
import { indexObstacles } from './obstacleIndex';

/** A seeded stream of numbers in [0, 1). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('the obstacle index', () => {
  it('counts exactly what testing every obstacle counts', () => {
    const next = random(11);
    const coordinate = () => (next() < 0.05 ? (next() - 0.5) * 1e7 : next() * 700 - 50);
    const box = (): Rect => {
      const [x, y] = [coordinate(), coordinate()];
      return { left: x, top: y, right: x + next() * 80, bottom: y + next() * 20 };
    };
    const segment = (): Segment => ({
      x1: coordinate(),
      y1: coordinate(),
      x2: coordinate(),
      y2: coordinate(),
    });
    const boxes = Array.from({ length: 400 }, box);
    const segments = Array.from({ length: 400 }, segment);
    const index = indexObstacles({ boxes, segments });
    let hits = 0;
    for (let k = 0; k < 500; k++) {
      const query = box();
      const expectedBoxes = boxes.filter((other) => rectsOverlap(other, query)).length;
      const expectedSegments = segments.filter((s) => segmentCrossesRect(s, query)).length;
      expect(index.boxesHit(query)).toBe(expectedBoxes);
      expect(index.segmentsCrossing(query)).toBe(expectedSegments);
      hits += expectedBoxes + expectedSegments;
    }
    // The queries do meet obstacles: the test compares counts, not zeros.
    expect(hits).toBeGreaterThan(500);
  });

  it('agrees with testing everything on obstacles with no position, and ends', () => {
    const boxes = [{ left: Number.NaN, top: 0, right: 10, bottom: 10 }];
    const segments = [
      { x1: Number.NaN, y1: 0, x2: 5, y2: 5 },
      { x1: -Infinity, y1: 5, x2: Infinity, y2: 5 },
    ];
    const index = indexObstacles({ boxes, segments });
    const query = { left: 0, top: 0, right: 20, bottom: 20 };
    expect(index.boxesHit(query)).toBe(boxes.filter((b) => rectsOverlap(b, query)).length);
    expect(index.segmentsCrossing(query)).toBe(
      segments.filter((s) => segmentCrossesRect(s, query)).length,
    );
  });
});
