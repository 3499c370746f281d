import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScene } from './defaultScene';
import { createEvaluator, type Evaluation } from './evaluation';
import type { Scene } from './model';
import { pointsArbitrary } from '../testing/arbitraries';

/** Coordinates on a hundredth's grid, as a drag rounds them: no subnormal distances. */
const coordinate = fc.integer({ min: -200, max: 200 }).map((k) => k / 100);

/** The counts exactly, the losses and distances to 12 significant digits. */
const round = (value: number) => (value === 0 ? 0 : Number(value.toPrecision(12)));
const numbers = (e: Evaluation) => ({
  total: round(e.total),
  pairTotal: round(e.pairTotal),
  distance: [...e.distance].map(round),
  loss: [...e.pairLoss].map(round),
  // The largest pair is kept loosely while points move, and found again when a view asks.
  statistics: {
    ...e.statistics,
    largest: undefined,
    largestLoss: undefined,
    largestStale: undefined,
  },
});

/**
 * Gradients agree to a billionth of the largest one: an incremental update takes a moved point's
 * old share away and adds the new one, so a gradient that sums to 0 from terms of size 2 may come
 * out as 1e-12.
 */
function expectSameGradients(a: Evaluation, b: Evaluation) {
  const scale = 1 + Math.max(...[...b.gradX, ...b.gradY].map(Math.abs));
  a.gradX.forEach((g, i) => expect(Math.abs(g - b.gradX[i]!)).toBeLessThanOrEqual(1e-9 * scale));
  a.gradY.forEach((g, i) => expect(Math.abs(g - b.gradY[i]!)).toBeLessThanOrEqual(1e-9 * scale));
}

const edit = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), x: coordinate, y: coordinate }),
  fc.record({
    kind: fc.constant('margin' as const),
    margin: fc.double({ min: 0, max: 3, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('loss' as const),
    loss: fc.constantFrom('contrastive', 'triplet', 'infonce'),
  }),
);

describe('the evaluator', () => {
  it('gives, edit after edit, exactly what a fresh evaluation of the same scene gives', () => {
    fc.assert(
      fc.property(
        pointsArbitrary(coordinate, 8),
        fc.array(edit, { maxLength: 25 }),
        (points, edits) => {
          let scene: Scene = {
            margin: 1,
            pairs: 'all',
            points: points.map(([x, y, id], i) => ({ label: `P${i}`, identity: `id${id}`, x, y })),
          };
          const evaluate = createEvaluator();
          evaluate(scene);
          for (const step of edits) {
            if (step.kind === 'move') {
              const i = step.pick % scene.points.length;
              const moved = scene.points.slice();
              moved[i] = { ...moved[i]!, x: step.x, y: step.y };
              scene = { ...scene, points: moved };
            } else if (step.kind === 'margin') scene = { ...scene, margin: step.margin };
            else scene = { ...scene, loss: step.loss };
            const [kept, fresh] = [evaluate(scene), createEvaluator()(scene)];
            expect(numbers(kept)).toEqual(numbers(fresh));
            expectSameGradients(kept, fresh);
          }
        },
      ),
    );
  });

  it('evaluates afresh when several points move as the margin changes (a reset, an undo)', () => {
    const evaluate = createEvaluator();
    evaluate(defaultScene);
    const changed: Scene = {
      ...defaultScene,
      margin: 2,
      points: defaultScene.points.map((p, i) => (i < 2 ? { ...p, x: p.x - 0.5 } : p)),
    };
    expect(numbers(evaluate(changed))).toEqual(numbers(createEvaluator()(changed)));
  });
});
