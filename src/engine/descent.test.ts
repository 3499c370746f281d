import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descend, projectAll, projectToCircle } from './descent';
import {
  createContrastiveOutput,
  evaluateContrastive,
  totalLoss,
} from './losses/contrastive/contrastive';
import { listedPairs } from './pairs';

describe('a gradient-descent step', () => {
  it('moves every point by exactly −lr · gradient', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -5, max: 5, noNaN: true }),
            fc.double({ min: -5, max: 5, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (points, lr) => {
          const xs = Float64Array.from(points, (p) => p[0]);
          const ys = Float64Array.from(points, (p) => p[1]);
          const gx = Float64Array.from(points, (_, i) => i - 1.5);
          const gy = Float64Array.from(points, (_, i) => 0.25 * i);
          descend(xs, ys, gx, gy, lr);
          points.forEach(([x, y], i) => {
            expect(xs[i]).toBe(x - lr * gx[i]!);
            expect(ys[i]).toBe(y - lr * gy[i]!);
          });
        },
      ),
    );
  });

  it('leaves held points where the hand keeps them', () => {
    const xs = Float64Array.from([0, 1]);
    const ys = Float64Array.from([0, 1]);
    descend(xs, ys, Float64Array.from([1, 1]), Float64Array.from([1, 1]), 0.5, new Set([1]));
    expect([...xs, ...ys]).toEqual([-0.5, 1, -0.5, 1]);
  });

  it('lowers the loss of the worked example at a small learning rate', () => {
    const xs = Float64Array.from([0.8, 0.75, 0.1, 0.15]);
    const ys = Float64Array.from([0.2, 0.25, 0.9, 0.85]);
    const pairs = listedPairs([0, 0, 1, 1], [0, 0, 1, 2], [1, 2, 3, 3]);
    const out = createContrastiveOutput(4, pairs.count);
    const totals: number[] = [];
    for (let step = 0; step < 20; step++) {
      evaluateContrastive({ xs, ys }, pairs, 1, out);
      totals.push(totalLoss(out));
      descend(xs, ys, out.gradX, out.gradY, 0.05);
    }
    for (let k = 1; k < totals.length; k++) expect(totals[k]).toBeLessThan(totals[k - 1]!);
  });
});

describe('the unit circle', () => {
  it('projects onto it, sending the origin to (1, 0)', () => {
    expect(projectToCircle(3, 4)).toEqual([0.6, 0.8]);
    expect(projectToCircle(0, 0)).toEqual([1, 0]);
    const xs = Float64Array.from([2, 0]);
    const ys = Float64Array.from([0, -0.5]);
    projectAll(xs, ys);
    expect([...xs, ...ys]).toEqual([1, 0, 0, -1]);
  });
});
