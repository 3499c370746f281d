import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAndCount } from './losses/contrastive/fixtures';
import { allPairs, incidenceOf } from './pairs';
import { countPoint, countStatistics, createStatistics, largestPair } from './statistics';
import { moveContrastivePoint } from './losses/contrastive/update';
import { pointsArbitrary } from '../testing/arbitraries';

const coordinate = fc.double({ min: -2, max: 2, noNaN: true });

describe('pair statistics', () => {
  it('counts the worked example', () => {
    const pairs = allPairs([0, 0, 1, 1]);
    const xs = Float64Array.from([0.8, 0.75, 0.1, 0.15]);
    const ys = Float64Array.from([0.2, 0.25, 0.9, 0.85]);
    const { out, stats } = evaluateAndCount(xs, ys, pairs, 1);
    expect([stats.similar, stats.activeDissimilar, stats.coincident, stats.resting]).toEqual([
      2, 4, 0, 0,
    ]);
    expect([...stats.dissimilarOfPoint]).toEqual([2, 2, 2, 2]);
    // A2–B2 (pair 4 in the all-pairs order) is inside the margin by the most.
    expect(largestPair(stats, out.loss, pairs.count)).toBe(4);
  });

  it('stays equal to a fresh count while points move one at a time', () => {
    fc.assert(
      fc.property(
        pointsArbitrary(coordinate, 8),
        fc.array(fc.record({ pick: fc.nat(), x: coordinate, y: coordinate, onto: fc.boolean() }), {
          maxLength: 20,
        }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (points, moves, margin) => {
          const n = points.length;
          const xs = Float64Array.from(points, (p) => p[0]);
          const ys = Float64Array.from(points, (p) => p[1]);
          const pairs = allPairs(points.map((p) => p[2]));
          const incidence = incidenceOf(pairs, n);
          const { out, stats } = evaluateAndCount(xs, ys, pairs, margin);
          for (const { pick, x, y, onto } of moves) {
            const point = pick % n;
            countPoint(stats, pairs, incidence, out.distance, out.loss, margin, point, -1);
            // Sometimes land exactly on another point, to exercise the coincident count.
            const [toX, toY] = onto ? [xs[(point + 1) % n]!, ys[(point + 1) % n]!] : [x, y];
            moveContrastivePoint({ xs, ys }, pairs, incidence, margin, point, toX, toY, out);
            countPoint(stats, pairs, incidence, out.distance, out.loss, margin, point, 1);
            largestPair(stats, out.loss, pairs.count);
          }
          const fresh = createStatistics(pairs, n);
          countStatistics(fresh, pairs, out.distance, out.loss, margin);
          expect([...stats.activeDissimilarOfPoint]).toEqual([...fresh.activeDissimilarOfPoint]);
          expect([stats.activeDissimilar, stats.coincident, stats.resting]).toEqual([
            fresh.activeDissimilar,
            fresh.coincident,
            fresh.resting,
          ]);
          expect(largestPair(stats, out.loss, pairs.count)).toBe(
            largestPair(fresh, out.loss, pairs.count),
          );
        },
      ),
    );
  });
});
