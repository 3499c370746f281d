import { TRIPLET } from './definition';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  close,
  contextOf,
  landscapeMatches,
  numericGradient,
  referenceTriplet,
  referenceTripletGradients,
  referenceTriplets,
  run,
  sceneArbitrary,
} from '../../../testing/lossFixtures';
import { tripletKind } from './triplet';
import { hardestTriplet, tripletPage, type TripletFilter } from './rows';

const triplet = (c: ReturnType<typeof contextOf>) => run(TRIPLET, c);

describe('triplet loss, worked by hand', () => {
  it('scores a negative between the anchor and its positive as hard, twice', () => {
    // A1 (0,0) and A2 (1,0) are Alice, B1 (0.5,0) is Bob, m = 1: each Alice is 1 from the other
    // and 0.5 from Bob, so each of the two triplets costs 1 + 1 − 0.5 = 1.5.
    const { total, out } = triplet(contextOf([0, 1, 0.5], [0, 0, 0], [0, 0, 1], 1));
    expect(total).toBe(3);
    expect([out.count, out.hard, out.semiHard, out.easy]).toEqual([2, 2, 0, 0]);
    // As anchor, A1 is pulled towards A2 (+x) as hard as it is pushed from B1 (−x); as A2's
    // positive it is pulled towards A2 once more: ∂L/∂x = −1. Bob is pushed both ways: 0.
    expect(out.gradX[0]).toBe(-1);
    expect(out.gradX[1]).toBe(1);
    expect(out.gradX[2]).toBe(0);
  });

  it('scores a negative just past the positive as semi-hard', () => {
    // A1 (0,0), A2 (0,1), B1 (1.5,0), m = 1: D(A1,A2) = 1, D(A1,B1) = 1.5, D(A2,B1) = √3.25.
    const { total, out } = triplet(contextOf([0, 0, 1.5], [0, 1, 0], [0, 0, 1], 1));
    expect(total).toBeCloseTo(0.5 + (2 - Math.sqrt(3.25)), 15);
    expect([out.count, out.hard, out.semiHard, out.easy]).toEqual([2, 0, 2, 0]);
  });

  it('is exactly zero, with no gradient, once every negative is a margin beyond', () => {
    const { total, out } = triplet(contextOf([0, 0, 3], [0, 1, 0], [0, 0, 1], 1));
    expect(total).toBe(0);
    expect([...out.gradX, ...out.gradY].every((g) => g === 0)).toBe(true);
    expect(out.easy).toBe(2);
  });

  it('names the boundaries as FaceNet does, with easy meaning exactly zero loss', () => {
    expect(tripletKind(1, 0.5, 1)).toBe('hard');
    expect(tripletKind(1, 1, 1)).toBe('semi-hard');
    expect(tripletKind(1, 1.9, 1)).toBe('semi-hard');
    expect(tripletKind(1, 2, 1)).toBe('easy');
    expect(tripletKind(1, 1, 0)).toBe('easy');
  });

  it('has no triplets when nobody has a positive, or nobody a negative', () => {
    expect(triplet(contextOf([0, 1, 2], [0, 0, 0], [0, 1, 2])).out.count).toBe(0);
    expect(triplet(contextOf([0, 1, 2], [0, 0, 0], [0, 0, 0])).out.count).toBe(0);
  });
});

describe('triplet loss against the one-by-one reference', () => {
  it('gives the same total, counts and gradient as listing every triplet', () => {
    fc.assert(
      fc.property(sceneArbitrary, ({ xs, ys, identity, margin }) => {
        const c = contextOf(xs, ys, identity, margin);
        const { total, out } = triplet(c);
        const rows = referenceTriplets(c);
        expect(close(total, referenceTriplet(c))).toBe(true);
        const kinds = rows.map((r) => tripletKind(r.dap, r.dan, margin));
        expect(out.count).toBe(rows.length);
        expect(out.hard).toBe(kinds.filter((k) => k === 'hard').length);
        expect(out.semiHard).toBe(kinds.filter((k) => k === 'semi-hard').length);
        const gradients = referenceTripletGradients(c);
        for (let i = 0; i < xs.length; i++) {
          expect(close(out.gradX[i]!, gradients[i]!.x, 1e-9)).toBe(true);
          expect(close(out.gradY[i]!, gradients[i]!.y, 1e-9)).toBe(true);
        }
      }),
    );
  });

  it('has the gradient central finite differences measure, away from hinges and overlaps', () => {
    fc.assert(
      fc.property(sceneArbitrary, ({ xs, ys, identity, margin }) => {
        const c = contextOf(xs, ys, identity, margin);
        const rows = referenceTriplets(c);
        const smooth = rows.every(
          (r) => Math.abs(r.dap + margin - r.dan) > 1e-3 && r.dap > 1e-3 && r.dan > 1e-3,
        );
        fc.pre(smooth);
        const { out } = triplet(c);
        for (let i = 0; i < xs.length; i++) {
          const [nx, ny] = numericGradient(TRIPLET, c, i);
          expect(out.gradX[i]).toBeCloseTo(nx, 5);
          expect(out.gradY[i]).toBeCloseTo(ny, 5);
        }
      }),
    );
  });

  it('puts the whole total on the pairs when every pair is scored', () => {
    fc.assert(
      fc.property(sceneArbitrary, ({ xs, ys, identity, margin }) => {
        const { total, out } = triplet(contextOf(xs, ys, identity, margin));
        expect(
          close(
            out.pairShare.reduce((s, v) => s + v, 0),
            total,
          ),
        ).toBe(true);
      }),
    );
  });

  it('does not change when the points are moved or renumbered together', () => {
    fc.assert(
      fc.property(sceneArbitrary, fc.double({ min: -5, max: 5, noNaN: true }), (s, shift) => {
        const base = triplet(contextOf(s.xs, s.ys, s.identity, s.margin)).total;
        const moved = contextOf(
          s.xs.map((x) => x + shift),
          s.ys.map((y) => y - shift),
          s.identity,
          s.margin,
        );
        const reversed = contextOf(
          [...s.xs].reverse(),
          [...s.ys].reverse(),
          [...s.identity].reverse(),
          s.margin,
        );
        expect(close(triplet(moved).total, base, 1e-7)).toBe(true);
        expect(close(triplet(reversed).total, base)).toBe(true);
      }),
    );
  });
});

describe('the triplet table, a page at a time', () => {
  const filters: TripletFilter[] = ['all', 'hard', 'semi-hard', 'easy'];

  it('lists, page after page, exactly the reference triplets of the filter, in order', () => {
    fc.assert(
      fc.property(
        sceneArbitrary,
        fc.constantFrom(...filters),
        fc.integer({ min: 1, max: 7 }),
        ({ xs, ys, identity, margin }, filter, limit) => {
          const c = contextOf(xs, ys, identity, margin);
          const expected = referenceTriplets(c).filter(
            (r) => filter === 'all' || tripletKind(r.dap, r.dan, margin) === filter,
          );
          const listed = [];
          for (let offset = 0; offset < expected.length + limit; offset += limit) {
            const page = tripletPage(c, { filter, anchor: null, offset, limit });
            expect(page.matching).toBe(expected.length);
            listed.push(...page.rows);
          }
          expect(listed.map((r) => [r.anchor, r.positive, r.negative])).toEqual(
            expected.map((r) => [r.a, r.p, r.n]),
          );
          listed.forEach((row, k) => expect(row.loss).toBe(expected[k]!.loss));
        },
      ),
    );
  });

  it("finds an anchor's hardest triplet: its farthest positive and nearest negative", () => {
    const c = contextOf([0, 1, 2, 0.5, 3], [0, 0, 0, 0.5, 3], [0, 0, 0, 1, 1], 1);
    const hardest = hardestTriplet(c, 0)!;
    expect([hardest.positive, hardest.negative]).toEqual([2, 3]);
    expect(hardest.loss).toBeCloseTo(2 + 1 - Math.SQRT1_2, 15);
    expect(hardestTriplet(c, 0)!.loss).toBe(
      Math.max(
        ...referenceTriplets(c)
          .filter((r) => r.a === 0)
          .map((r) => r.loss),
      ),
    );
  });
});

describe('the triplet landscape', () => {
  it('equals the full evaluation with the point moved there', () => {
    fc.assert(
      fc.property(sceneArbitrary, fc.nat(), ({ xs, ys, identity, margin }, pick) => {
        const c = contextOf(xs, ys, identity, margin);
        expect(landscapeMatches(TRIPLET, c, pick % xs.length, referenceTriplet, 1e-8)).toBe(true);
      }),
    );
  });
});
