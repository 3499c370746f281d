import { INFONCE } from './definition';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmaxOf } from './infonce';
import {
  close,
  contextOf,
  landscapeMatches,
  numericGradient,
  referenceInfoNce,
  run,
  sceneArbitrary,
} from '../../../testing/lossFixtures';

const infonce = (c: ReturnType<typeof contextOf>) => run(INFONCE, c);

/** Random scenes with no point near the origin, where cosine similarity has no direction. */
const awayFromOrigin = sceneArbitrary.filter(({ xs, ys }) =>
  xs.every((x, i) => Math.hypot(x, ys[i]!) > 0.05),
);

describe('InfoNCE, worked by hand', () => {
  it('scores the three-point scene of the worked example', () => {
    // A1 (1,0) and A2 (0,1) are Alice, B1 (−1,0) is Bob, τ = 1. cos(A1,A2) = 0, cos(A1,B1) = −1,
    // cos(A2,B1) = 0: ℓ(A1,A2) = log(1 + e⁻¹), ℓ(A2,A1) = log 2; the total is their mean.
    const { total, out } = infonce(contextOf([1, 0, -1], [0, 1, 0], [0, 0, 1], 1, 1));
    expect(out.rowCount).toBe(2);
    expect([...out.rowAnchor]).toEqual([0, 1]);
    expect([...out.rowPositive]).toEqual([1, 0]);
    expect(out.rowLoss[0]).toBeCloseTo(Math.log(1 + Math.exp(-1)), 15);
    expect(out.rowLoss[1]).toBeCloseTo(Math.LN2, 15);
    expect(total).toBeCloseTo((Math.log(1 + Math.exp(-1)) + Math.LN2) / 2, 15);
  });

  it('stays finite and exact at τ = 0.01 and τ = 0.001, where exp(1/τ) overflows', () => {
    // A1 (1,0) and A2 (−1,0) are Alice, B1 (2,0) Bob: A1's positive points away, its negative
    // the same way, so ℓ(A1,A2) = log(e^(−1/τ) + e^(1/τ)) + 1/τ ≈ 2/τ; ℓ(A2,A1) = log 2.
    for (const tau of [0.01, 0.001]) {
      const { total, out } = infonce(contextOf([1, -1, 2], [0, 0, 0], [0, 0, 1], 1, tau));
      expect(out.rowLoss[0]).toBeCloseTo(2 / tau, 9);
      expect(out.rowLoss[1]).toBeCloseTo(Math.LN2, 12);
      expect(total).toBeCloseTo((2 / tau + Math.LN2) / 2, 9);
      expect([...out.gradX, ...out.gradY].every(Number.isFinite)).toBe(true);
    }
    // The naive formula has long since given up.
    expect(Math.log(Math.exp(1 / 0.001) + Math.exp(-1 / 0.001))).toBe(Infinity);
  });

  it('is zero when no point shares an identity, and ignores a point at the origin', () => {
    expect(infonce(contextOf([1, 0, -1], [0, 1, 0], [0, 1, 2])).total).toBe(0);
    const { out } = infonce(contextOf([0, 1, 0], [0, 0, 1], [0, 0, 1]));
    expect([out.gradX[0], out.gradY[0]]).toEqual([0, 0]);
    expect([...out.rowLoss].every(Number.isFinite)).toBe(true);
  });
});

describe('InfoNCE against the definition', () => {
  it('gives the definition’s total, as the mean of its rows', () => {
    fc.assert(
      fc.property(awayFromOrigin, ({ xs, ys, identity, tau }) => {
        const c = contextOf(xs, ys, identity, 1, tau);
        const { total, out } = infonce(c);
        expect(close(total, referenceInfoNce(c), 1e-9)).toBe(true);
        const rows = out.rowLoss.subarray(0, out.rowCount);
        if (out.rowCount > 0)
          expect(close(total, rows.reduce((s, v) => s + v, 0) / out.rowCount)).toBe(true);
      }),
    );
  });

  it('has the gradient central finite differences measure', () => {
    fc.assert(
      fc.property(awayFromOrigin, ({ xs, ys, identity, tau }) => {
        const c = contextOf(xs, ys, identity, 1, Math.max(tau, 0.2));
        const { out } = infonce(c);
        for (let i = 0; i < xs.length; i++) {
          const [nx, ny] = numericGradient(INFONCE, c, i, 1e-7);
          const scale = Math.max(1, Math.abs(nx), Math.abs(ny));
          expect(Math.abs(out.gradX[i]! - nx) / scale).toBeLessThan(1e-5);
          expect(Math.abs(out.gradY[i]! - ny) / scale).toBeLessThan(1e-5);
        }
      }),
    );
  });

  it('pushes each point only around the origin: the gradient is tangent to its circle', () => {
    fc.assert(
      fc.property(awayFromOrigin, ({ xs, ys, identity, tau }) => {
        const { out } = infonce(contextOf(xs, ys, identity, 1, tau));
        xs.forEach((x, i) => {
          const radial = out.gradX[i]! * x + out.gradY[i]! * ys[i]!;
          const size = Math.hypot(out.gradX[i]!, out.gradY[i]!) * Math.hypot(x, ys[i]!);
          expect(Math.abs(radial)).toBeLessThanOrEqual(1e-9 * Math.max(1, size));
        });
      }),
    );
  });

  it('does not change when the scene is scaled or rotated about the origin', () => {
    fc.assert(
      fc.property(
        awayFromOrigin,
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        ({ xs, ys, identity, tau }, scale, angle) => {
          const base = infonce(contextOf(xs, ys, identity, 1, tau)).total;
          const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
          const turned = contextOf(
            xs.map((x, i) => scale * (cos * x - sin * ys[i]!)),
            xs.map((x, i) => scale * (sin * x + cos * ys[i]!)),
            identity,
            1,
            tau,
          );
          expect(close(infonce(turned).total, base, 1e-8)).toBe(true);
        },
      ),
    );
  });

  it('gives each anchor a softmax that sums to 1, its own entry 0', () => {
    fc.assert(
      fc.property(awayFromOrigin, fc.nat(), ({ xs, ys, identity, tau }, pick) => {
        fc.pre(xs.length > 1);
        const { out } = infonce(contextOf(xs, ys, identity, 1, tau));
        const anchor = pick % xs.length;
        const p = new Float64Array(xs.length);
        softmaxOf(out, anchor, tau, p);
        expect(p[anchor]).toBe(0);
        expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('the InfoNCE landscape', () => {
  it('equals the full evaluation with the point moved there', () => {
    fc.assert(
      fc.property(awayFromOrigin, fc.nat(), ({ xs, ys, identity, tau }, pick) => {
        const c = contextOf(xs, ys, identity, 1, tau);
        expect(landscapeMatches(INFONCE, c, pick % xs.length, referenceInfoNce, 1e-9)).toBe(true);
      }),
    );
  });
});
