import { describe, expect, it } from 'vitest';
import { listedPairs } from '../../pairs';
import { contrastivePairGradient, contrastivePairLoss, totalLoss } from './contrastive';
import { evaluate, seedExample } from './fixtures';

describe('the seed worked example (CONTENT.md)', () => {
  it('gives the exact distances, losses and total of the table', () => {
    const { out } = seedExample();
    const exactD = [Math.sqrt(0.005), Math.sqrt(0.98), Math.sqrt(0.72), Math.sqrt(0.005)];
    const exactLoss = [0.005, (1 - Math.sqrt(0.98)) ** 2, (1 - Math.sqrt(0.72)) ** 2, 0.005];
    exactD.forEach((d, p) => expect(out.distance[p]).toBeCloseTo(d, 12));
    exactLoss.forEach((l, p) => expect(out.loss[p]).toBeCloseTo(l, 12));
    expect(out.loss[1]).toBeCloseTo(0.000101013, 9);
    expect(out.loss[2]).toBeCloseTo(0.022943725, 9);
    expect(totalLoss(out)).toBeCloseTo(
      exactLoss.reduce((a, b) => a + b),
      12,
    );
    expect(totalLoss(out)).toBeCloseTo(0.033044737, 8);
    expect(out.activePairs).toBe(4);
  });

  it('rounds to the figures the page shows', () => {
    const { out } = seedExample();
    expect([...out.loss].map((l) => l.toFixed(4))).toEqual([
      '0.0050',
      '0.0001',
      '0.0229',
      '0.0050',
    ]);
    expect(totalLoss(out).toFixed(4)).toBe('0.0330');
  });

  it('gives each point the sum of its pairs’ gradients', () => {
    const { out } = seedExample();
    // A1: pulled towards A2 by 2·(A1 − A2), pushed from B1 by −2(m − D)(A1 − B1)/D.
    const dB1 = Math.sqrt(0.98);
    const push = (-2 * (1 - dB1)) / dB1;
    expect(out.gradX[0]).toBeCloseTo(2 * (0.8 - 0.75) + push * (0.8 - 0.1), 12);
    expect(out.gradY[0]).toBeCloseTo(2 * (0.2 - 0.25) + push * (0.2 - 0.9), 12);
    // Every pair's two gradients cancel: the sum over points is zero.
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    expect(sum(out.gradX)).toBeCloseTo(0, 14);
    expect(sum(out.gradY)).toBeCloseTo(0, 14);
  });
});

describe('the margin sensitivity of A1–B1 (CONTENT.md)', () => {
  it.each([
    [0.5, 0],
    [1, 0.000101013],
    [1.5, 0.260151519],
    [2, 1.020202025],
  ])('at m = %s the loss is %s', (margin, expected) => {
    expect(contrastivePairLoss(Math.sqrt(0.98), false, margin)).toBeCloseTo(expected, 9);
  });
});

describe('the D = 0 convention for dissimilar pairs', () => {
  it('pushes the first point towards +x and the second towards −x with size 2m', () => {
    const out = evaluate([0.3, 0.3], [0.4, 0.4], listedPairs([0, 1], [0], [1]), 1.5);
    expect(out.distance[0]).toBe(0);
    expect(out.loss[0]).toBeCloseTo(2.25, 14);
    expect([out.gradX[0], out.gradY[0], out.gradX[1], out.gradY[1]]).toEqual([-3, 0, 3, 0]);
  });

  it('gives nothing when m = 0', () => {
    const out = evaluate([0.3, 0.3], [0.4, 0.4], listedPairs([0, 1], [0], [1]), 0);
    expect([out.loss[0], out.gradX[0], out.gradX[1], totalLoss(out)]).toEqual([0, 0, 0, 0]);
  });

  it('gives a coincident similar pair zero loss and zero gradient', () => {
    const out = evaluate([1, 1], [2, 2], listedPairs([0, 0], [0], [1]), 1);
    expect([out.loss[0], out.gradX[0], out.gradY[1], totalLoss(out)]).toEqual([0, 0, 0, 0]);
  });
});

describe('a dissimilar pair at or beyond the margin', () => {
  it('is exactly at rest: zero loss, zero gradient', () => {
    const out = evaluate([0, 1.5], [0, 0], listedPairs([0, 1], [0], [1]), 1);
    expect([out.loss[0], out.gradX[0], out.gradX[1], out.activePairs]).toEqual([0, 0, 0, 0]);
    const atMargin = evaluate([0, 1], [0, 0], listedPairs([0, 1], [0], [1]), 1);
    expect([atMargin.loss[0], atMargin.gradX[0]]).toEqual([0, 0]);
  });
});

// Scenes for property tests: coordinates within the link's range, a few identities.

describe('one pair’s share of the gradient', () => {
  it('adds up, over a point’s pairs, to that point’s gradient', () => {
    const { embedding, pairs, out } = seedExample();
    const share = (p: number) => {
      const i = pairs.first[p]!;
      const j = pairs.second[p]!;
      const at = (k: number) => ({ x: embedding.xs[k]!, y: embedding.ys[k]! });
      return contrastivePairGradient(at(i), at(j), pairs.similar[p] === 1, 1);
    };
    // A2 is the second point of pair 0 (A1–A2) and the first of pair 2 (A2–B2).
    const [x0, y0] = share(0);
    const [x2, y2] = share(2);
    expect(-x0 + x2).toBeCloseTo(out.gradX[1]!, 14);
    expect(-y0 + y2).toBeCloseTo(out.gradY[1]!, 14);
  });
});
