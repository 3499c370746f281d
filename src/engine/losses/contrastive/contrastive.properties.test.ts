import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPairs, incidenceOf, listedPairs } from '../../pairs';
import { totalLoss, type ContrastiveOutput } from './contrastive';
import { evaluate } from './fixtures';
import { moveContrastivePoint } from './update';

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
        const live = evaluate(embedding.xs, embedding.ys, pairs, margin);
        for (const { pick, x, y } of moves) {
          moveContrastivePoint(
            embedding,
            pairs,
            incidence,
            margin,
            pick % identity.length,
            x,
            y,
            live,
          );
        }
        expectSameEvaluation(live, evaluate(embedding.xs, embedding.ys, pairs, margin));
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
