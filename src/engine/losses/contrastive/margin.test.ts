import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPairs, listedPairs } from '../../pairs';
import { evaluateAndCount as fresh } from './fixtures';
import { rescoreMargin } from './margin';
import { pointsArbitrary } from '../../../testing/arbitraries';

const coordinate = fc.double({ min: -2, max: 2, noNaN: true });

describe('a new margin for points that did not move', () => {
  it('rescores every pair, gradient and count exactly as a full evaluation does', () => {
    fc.assert(
      fc.property(
        pointsArbitrary(coordinate, 9),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (points, listed, margins) => {
          const xs = Float64Array.from(points, (p) => p[0]);
          const ys = Float64Array.from(points, (p) => p[1]);
          const identity = points.map((p) => p[2]);
          // Every pair, or a hand-made list that skips some and lists others backwards.
          const pairs = listed
            ? listedPairs(
                identity,
                identity.map((_, i) => (i + 1) % identity.length),
                identity.map((_, i) => i),
              )
            : allPairs(identity);
          const { out, stats } = fresh(xs, ys, pairs, 1);
          for (const margin of margins) {
            rescoreMargin({ xs, ys }, pairs, margin, out, stats);
            const expected = fresh(xs, ys, pairs, margin);
            expect(out).toEqual(expected.out);
            expect(stats).toEqual(expected.stats);
          }
        },
      ),
    );
  });

  it('keeps the coincident pairs’ push and count', () => {
    const xs = Float64Array.from([0, 0, 1]);
    const ys = Float64Array.from([0, 0, 0]);
    const pairs = allPairs([0, 1, 2]);
    const { out, stats } = fresh(xs, ys, pairs, 1);
    rescoreMargin({ xs, ys }, pairs, 2, out, stats);
    expect(stats.coincident).toBe(1);
    expect(out).toEqual(fresh(xs, ys, pairs, 2).out);
  });
});
