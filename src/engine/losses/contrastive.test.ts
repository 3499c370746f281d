import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPairs, incidenceOf, listedPairs, type PairList } from '../pairs';
import {
  contrastivePairGradient,
  contrastivePairLoss,
  createContrastiveOutput,
  evaluateContrastive,
  totalLoss,
  updateContrastivePoint,
  type ContrastiveOutput,
} from './contrastive';

/** The seed's worked example: A1, A2 (Alice), B1, B2 (Bob), four listed pairs, m = 1. */
function seedExample() {
  const embedding = {
    xs: Float64Array.from([0.8, 0.75, 0.1, 0.15]),
    ys: Float64Array.from([0.2, 0.25, 0.9, 0.85]),
  };
  const pairs = listedPairs([0, 0, 1, 1], [0, 0, 1, 2], [1, 2, 3, 3]);
  const out = createContrastiveOutput(4, pairs.count);
  evaluateContrastive(embedding, pairs, 1, out);
  return { embedding, pairs, out };
}

function evaluate(xs: number[], ys: number[], pairs: PairList, margin: number) {
  const out = createContrastiveOutput(xs.length, pairs.count);
  evaluateContrastive({ xs: Float64Array.from(xs), ys: Float64Array.from(ys) }, pairs, margin, out);
  return out;
}

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
const coordinate = fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true });
const sceneArb = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    xs: fc.array(coordinate, { minLength: n, maxLength: n }),
    ys: fc.array(coordinate, { minLength: n, maxLength: n }),
    identity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    margin: fc.double({ min: 0, max: 3, noNaN: true }),
  }),
);

describe('properties', () => {
  it('gives finite, non-negative outputs for finite inputs', () => {
    const wide = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(wide, wide), { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (points, margin) => {
          const pairs = allPairs(points.map((_, i) => i % 2));
          const out = evaluate(
            points.map((p) => p[0]),
            points.map((p) => p[1]),
            pairs,
            margin,
          );
          for (const array of [out.distance, out.loss, out.gradX, out.gradY]) {
            expect(array.every(Number.isFinite)).toBe(true);
          }
          expect(out.loss.every((l) => l >= 0)).toBe(true);
          expect(Number.isFinite(totalLoss(out)) && totalLoss(out) >= 0).toBe(true);
        },
      ),
    );
  });

  it('does not depend on the order of the two points of a pair', () => {
    fc.assert(
      fc.property(sceneArb, ({ xs, ys, identity, margin }) => {
        const ab = evaluate(xs, ys, listedPairs(identity, [0], [1]), margin);
        const ba = evaluate(xs, ys, listedPairs(identity, [1], [0]), margin);
        expect(ba.distance[0]).toBe(ab.distance[0]);
        expect(ba.loss[0]).toBe(ab.loss[0]);
        if (ab.distance[0]! > 0) {
          expect(ba.gradX[0]).toBeCloseTo(ab.gradX[0]!, 12);
          expect(ba.gradY[1]).toBeCloseTo(ab.gradY[1]!, 12);
        }
      }),
    );
  });

  it('is unchanged when every point is translated by the same vector', () => {
    fc.assert(
      fc.property(sceneArb, coordinate, coordinate, ({ xs, ys, identity, margin }, tx, ty) => {
        const pairs = allPairs(identity);
        const before = evaluate(xs, ys, pairs, margin);
        const after = evaluate(
          xs.map((x) => x + tx),
          ys.map((y) => y + ty),
          pairs,
          margin,
        );
        for (let p = 0; p < pairs.count; p++) {
          expect(after.distance[p]).toBeCloseTo(before.distance[p]!, 9);
          // Away from the hinge, where a rounding of D can open or close it.
          if (Math.abs(before.distance[p]! - margin) > 1e-6) {
            expect(after.loss[p]).toBeCloseTo(before.loss[p]!, 8);
          }
        }
      }),
    );
  });

  it('has the gradient of central finite differences away from D = 0 and D = m', () => {
    const h = 1e-6;
    fc.assert(
      fc.property(sceneArb, fc.nat(), fc.boolean(), (scene, pick, alongX) => {
        const { xs, ys, identity, margin } = scene;
        const pairs = allPairs(identity);
        const point = pick % xs.length;
        const out = evaluate(xs, ys, pairs, margin);
        for (let p = 0; p < pairs.count; p++) {
          if (pairs.first[p] !== point && pairs.second[p] !== point) continue;
          const d = out.distance[p]!;
          fc.pre(d > 1e-3 && Math.abs(d - margin) > 1e-3);
        }
        const shifted = (delta: number) => {
          const moved = alongX ? xs.slice() : ys.slice();
          moved[point]! += delta;
          return totalLoss(
            alongX ? evaluate(moved, ys, pairs, margin) : evaluate(xs, moved, pairs, margin),
          );
        };
        const numeric = (shifted(h) - shifted(-h)) / (2 * h);
        const analytic = (alongX ? out.gradX : out.gradY)[point]!;
        expect(Math.abs(numeric - analytic)).toBeLessThan(1e-4 * (1 + Math.abs(analytic)));
      }),
    );
  });

  it('gives the same numbers for all pairs whether walked by rows or listed one by one', () => {
    fc.assert(
      fc.property(sceneArb, ({ xs, ys, identity, margin }) => {
        const complete = allPairs(identity);
        const listed = listedPairs(identity, complete.first, complete.second);
        const byRows = evaluate(xs, ys, complete, margin);
        const byList = evaluate(xs, ys, listed, margin);
        expect([...byRows.distance]).toEqual([...byList.distance]);
        expect([...byRows.loss]).toEqual([...byList.loss]);
        expect([...byRows.activePairsOfPoint]).toEqual([...byList.activePairsOfPoint]);
        expect(totalLoss(byRows)).toBeCloseTo(totalLoss(byList), 12);
        for (let i = 0; i < xs.length; i++) {
          expect(byRows.gradX[i]).toBeCloseTo(byList.gradX[i]!, 12);
          expect(byRows.gradY[i]).toBeCloseTo(byList.gradY[i]!, 12);
        }
      }),
    );
  });

  it('gives dissimilar pairs no loss when m = 0', () => {
    fc.assert(
      fc.property(sceneArb, ({ xs, ys, identity }) => {
        const pairs = allPairs(identity);
        const out = evaluate(xs, ys, pairs, 0);
        for (let p = 0; p < pairs.count; p++) {
          if (pairs.similar[p] === 0) expect(out.loss[p]).toBe(0);
        }
      }),
    );
  });

  it('updates incrementally to the same numbers as a full evaluation', () => {
    const move = fc.record({ pick: fc.nat(), x: coordinate, y: coordinate });
    fc.assert(
      fc.property(sceneArb, fc.array(move, { minLength: 1, maxLength: 30 }), (scene, moves) => {
        const { identity, margin } = scene;
        const embedding = { xs: Float64Array.from(scene.xs), ys: Float64Array.from(scene.ys) };
        const pairs = allPairs(identity);
        const incidence = incidenceOf(pairs, identity.length);
        const live = createContrastiveOutput(identity.length, pairs.count);
        evaluateContrastive(embedding, pairs, margin, live);
        for (const { pick, x, y } of moves) {
          const point = pick % identity.length;
          const previousX = embedding.xs[point]!;
          const previousY = embedding.ys[point]!;
          embedding.xs[point] = x;
          embedding.ys[point] = y;
          updateContrastivePoint(
            embedding,
            pairs,
            incidence,
            margin,
            point,
            previousX,
            previousY,
            live,
          );
        }
        const fresh = createContrastiveOutput(identity.length, pairs.count);
        evaluateContrastive(embedding, pairs, margin, fresh);
        expectSameEvaluation(live, fresh);
      }),
    );
  });
});

function expectSameEvaluation(live: ContrastiveOutput, fresh: ContrastiveOutput) {
  expect([...live.distance]).toEqual([...fresh.distance]);
  expect([...live.loss]).toEqual([...fresh.loss]);
  expect([...live.activePairsOfPoint]).toEqual([...fresh.activePairsOfPoint]);
  expect(live.activePairs).toBe(fresh.activePairs);
  const scale = 1 + Math.abs(totalLoss(fresh));
  expect(Math.abs(totalLoss(live) - totalLoss(fresh))).toBeLessThan(1e-12 * scale);
  for (let i = 0; i < fresh.gradX.length; i++) {
    expect(Math.abs(live.gradX[i]! - fresh.gradX[i]!)).toBeLessThan(1e-9);
    expect(Math.abs(live.gradY[i]! - fresh.gradY[i]!)).toBeLessThan(1e-9);
    if (fresh.activePairsOfPoint[i] === 0) expect([live.gradX[i], live.gradY[i]]).toEqual([0, 0]);
  }
}

describe('one pair’s share of the gradient', () => {
  it('adds up, over a point’s pairs, to that point’s gradient', () => {
    const { embedding, pairs, out } = seedExample();
    const share = (p: number) => {
      const i = pairs.first[p]!;
      const j = pairs.second[p]!;
      return contrastivePairGradient(
        embedding.xs[i]!,
        embedding.ys[i]!,
        embedding.xs[j]!,
        embedding.ys[j]!,
        pairs.similar[p] === 1,
        1,
      );
    };
    // A2 is the second point of pair 0 (A1–A2) and the first of pair 2 (A2–B2).
    const [x0, y0] = share(0);
    const [x2, y2] = share(2);
    expect(-x0 + x2).toBeCloseTo(out.gradX[1]!, 14);
    expect(-y0 + y2).toBeCloseTo(out.gradY[1]!, 14);
  });
});
