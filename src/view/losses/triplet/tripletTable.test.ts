import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tripletPage, TRIPLET } from '../../../engine';
import { createEvaluator, activeOutput } from '../../../scene/evaluation';
import type { Scene } from '../../../scene/model';
import { triplets } from '../../../testing/referenceLosses';
import {
  countsOf,
  FILTERS,
  identitySizes,
  isTriplet,
  measureTriplet,
  pageOfTriplets,
  tripletCountOf,
} from './tripletTable';

/** A triplet-loss scene from [identity, x, y] rows, labelled P0, P1, … */
function sceneOf(rows: readonly (readonly [string, number, number])[], margin = 1): Scene {
  return {
    margin,
    loss: 'triplet',
    pairs: 'all',
    points: rows.map(([identity, x, y], i) => ({ label: `P${i}`, identity, x, y })),
  };
}

function evaluated(scene: Scene) {
  const evaluation = createEvaluator()(scene);
  const output = activeOutput(evaluation, TRIPLET);
  if (!output) throw new Error('not a triplet scene');
  return { context: evaluation.context, output };
}

const DEFAULT = sceneOf([
  ['alice', 0.8, 0.2],
  ['alice', 0.75, 0.25],
  ['bob', 0.1, 0.9],
  ['bob', 0.15, 0.85],
]);

/** Every triplet by the textbook formula, in table order, with FaceNet's kinds. */
const everyTriplet = ({ points, margin }: Scene) =>
  triplets(points, margin).map(({ a, dap, dan }) => ({
    a,
    kind: dan < dap ? 'hard' : dan < dap + margin ? 'semi-hard' : 'easy',
  }));

/** Thousandths: coarse enough for exact ties (a negative right on the ring) to come up. */
const coordinate = fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000);

const randomScene = fc
  .array(fc.tuple(fc.constantFrom('ann', 'ben', 'cat'), coordinate, coordinate), {
    minLength: 1,
    maxLength: 12,
  })
  .chain((rows) => fc.integer({ min: 0, max: 2000 }).map((m) => sceneOf(rows, m / 1000)));

describe('counting triplets', () => {
  it('counts Σ s(s − 1)(n − s) over the identities, and grows like n³', () => {
    expect(identitySizes(Int32Array.from([0, 0, 1, 1]))).toEqual([2, 2]);
    expect(tripletCountOf([2, 2])).toBe(8);
    // Ten times the photos: 2 · 20 · 19 · 20.
    expect(tripletCountOf([2, 2], 10)).toBe(15_200);
    expect(tripletCountOf([5])).toBe(0);
    expect(tripletCountOf([1, 1, 1])).toBe(0);
    expect(tripletCountOf([3, 1])).toBe(3 * 2 * 1);
  });

  it('agrees with the engine and with a brute-force count, for the scene and for one anchor', () => {
    fc.assert(
      fc.property(randomScene, (scene) => {
        const { context, output } = evaluated(scene);
        const all = everyTriplet(scene);
        const sizes = identitySizes(context.identityOf);
        expect(tripletCountOf(sizes)).toBe(all.length);
        const whole = countsOf(context, output, null);
        const anchor = scene.points.length - 1;
        const one = countsOf(context, output, anchor);
        for (const filter of FILTERS) {
          const kept = all.filter((t) => filter === 'all' || t.kind === filter);
          expect(whole[filter]).toBe(kept.length);
          expect(one[filter]).toBe(kept.filter((t) => t.a === anchor).length);
        }
      }),
    );
  });
});

describe('one page of triplets', () => {
  it('is the same page the engine lists in one go, for every filter and offset', () => {
    fc.assert(
      fc.property(randomScene, fc.integer({ min: 1, max: 9 }), (scene, limit) => {
        const { context } = evaluated(scene);
        for (const filter of FILTERS) {
          const { matching } = tripletPage(context, { filter, anchor: null, offset: 0, limit: 0 });
          for (let offset = 0; offset <= matching + 1; offset += limit) {
            const query = { filter, anchor: null, offset, limit };
            expect(pageOfTriplets(context, query)).toEqual(tripletPage(context, query).rows);
          }
        }
      }),
    );
  });

  it('lists the default scene in table order, and one anchor on its own', () => {
    const { context } = evaluated(DEFAULT);
    const page = pageOfTriplets(context, { filter: 'all', anchor: null, offset: 2, limit: 3 });
    expect(page.map((t) => [t.anchor, t.positive, t.negative])).toEqual([
      [1, 0, 2],
      [1, 0, 3],
      [2, 3, 0],
    ]);
    // A2 → A1 → B2: max(√0.005 − √0.72 + 1, 0).
    expect(page[1]!.loss).toBeCloseTo(Math.sqrt(0.005) - Math.sqrt(0.72) + 1, 15);
    const own = pageOfTriplets(context, { filter: 'all', anchor: 3, offset: 0, limit: 25 });
    expect(own.map((t) => t.negative)).toEqual([0, 1]);
  });

  it('skips whole anchors by their count, so a page deep in a large scene lands right', () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`id${i % 20}`, i % 47, i % 53] as const);
    const { context } = evaluated(sceneOf(rows));
    // Every anchor has 29 positives and 570 negatives: 16,530 triplets.
    const offset = 2 * 16_530 + 10;
    const page = pageOfTriplets(context, { filter: 'all', anchor: null, offset, limit: 25 });
    const own = tripletPage(context, { filter: 'all', anchor: 2, offset: 10, limit: 25 });
    expect(page).toEqual(own.rows);
    expect(page).toHaveLength(25);
  });
});

describe('one named triplet', () => {
  it('measures where its points stand now', () => {
    const { context } = evaluated(DEFAULT);
    const row = measureTriplet(context, { anchor: 1, positive: 0, negative: 3 });
    expect(row.positiveDistance).toBeCloseTo(Math.sqrt(0.005), 15);
    expect(row.negativeDistance).toBeCloseTo(Math.sqrt(0.72), 15);
    expect(row.kind).toBe('semi-hard');
    const { context: moved } = evaluated({
      ...DEFAULT,
      points: DEFAULT.points.map((p, i) => (i === 3 ? { ...p, x: 0.7, y: 0.25 } : p)),
    });
    const hard = measureTriplet(moved, { anchor: 1, positive: 0, negative: 3 });
    expect(hard.kind).toBe('hard');
    expect(hard.loss).toBeCloseTo(Math.sqrt(0.005) - 0.05 + 1, 15);
  });

  it('is a triplet only with a positive of the same identity and a negative of another', () => {
    const { context } = evaluated(DEFAULT);
    expect(isTriplet(context, { anchor: 0, positive: 1, negative: 2 })).toBe(true);
    expect(isTriplet(context, { anchor: 0, positive: 0, negative: 2 })).toBe(false);
    expect(isTriplet(context, { anchor: 0, positive: 2, negative: 3 })).toBe(false);
    expect(isTriplet(context, { anchor: 0, positive: 1, negative: 1 })).toBe(false);
    expect(isTriplet(context, { anchor: 0, positive: 1, negative: 4 })).toBe(false);
  });
});
