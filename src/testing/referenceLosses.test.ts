import { describe, expect, it } from 'vitest';
import {
  contrastive,
  everyPair,
  infoNce,
  infoNceTerms,
  triplet,
  triplets,
  type ReferencePoint,
  type Totals,
} from './referenceLosses';

/** Five photos of two people, none on the origin, none on another, no triplet on its hinge. */
const POINTS: readonly ReferencePoint[] = [
  { identity: 'alice', x: 0.8, y: 0.2 },
  { identity: 'alice', x: 0.5, y: 0.45 },
  { identity: 'alice', x: -0.3, y: 0.9 },
  { identity: 'bob', x: 0.1, y: 0.7 },
  { identity: 'bob', x: -0.6, y: -0.4 },
];

/** Each point's gradient by central differences of the total. */
function numericGradients(total: (points: readonly ReferencePoint[]) => number, h = 1e-6) {
  return POINTS.map((_, i) => {
    const at = (dx: number, dy: number) =>
      total(POINTS.map((p, k) => (k === i ? { ...p, x: p.x + dx, y: p.y + dy } : p)));
    return { x: (at(h, 0) - at(-h, 0)) / (2 * h), y: (at(0, h) - at(0, -h)) / (2 * h) };
  });
}

function expectGradientsOf(loss: (points: readonly ReferencePoint[]) => Totals) {
  const { gradients } = loss(POINTS);
  numericGradients((points) => loss(points).total).forEach((numeric, i) => {
    expect(gradients[i]!.x).toBeCloseTo(numeric.x, 6);
    expect(gradients[i]!.y).toBeCloseTo(numeric.y, 6);
  });
}

describe('the textbook losses', () => {
  it('score the worked example: A1–A2 pulled, A2–B2 pushed from inside the margin', () => {
    const worked = [
      { identity: 'alice', x: 0.8, y: 0.2 },
      { identity: 'alice', x: 0.75, y: 0.25 },
      { identity: 'bob', x: 0.1, y: 0.9 },
      { identity: 'bob', x: 0.15, y: 0.85 },
    ];
    const listed = [
      { i: 0, j: 1, similar: true },
      { i: 0, j: 2, similar: false },
      { i: 1, j: 3, similar: false },
      { i: 2, j: 3, similar: true },
    ];
    expect(contrastive(worked, listed, 1).total).toBeCloseTo(0.033044737, 8);
    expect(everyPair(worked).map(({ i, j, similar }) => [i, j, similar])).toEqual([
      [0, 1, true],
      [0, 2, false],
      [0, 3, false],
      [1, 2, false],
      [1, 3, false],
      [2, 3, true],
    ]);
    expect(triplets(worked, 1)).toHaveLength(8);
    expect(infoNceTerms(worked, 0.1).map(({ i, j }) => [i, j])).toEqual([
      [0, 1],
      [1, 0],
      [2, 3],
      [3, 2],
    ]);
  });

  it('give each point the gradient central differences measure', () => {
    expectGradientsOf((points) => contrastive(points, everyPair(points), 1.2));
    expectGradientsOf((points) => triplet(points, 1.2));
    expectGradientsOf((points) => infoNce(points, 0.5));
  });

  it('keep InfoNCE finite where exp(1/τ) overflows', () => {
    const terms = infoNceTerms(POINTS, 0.001);
    expect(terms.every(({ loss }) => Number.isFinite(loss))).toBe(true);
  });
});
