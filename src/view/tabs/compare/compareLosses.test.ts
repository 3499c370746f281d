import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../scene/evaluation';
import { defaultScene } from '../../../scene/defaultScene';
import type { Scene } from '../../../scene/model';
import { compareLosses } from './compareLosses';
import {
  referenceContrastive,
  referenceInfoNce,
  referenceTriplet,
} from '../../../testing/sceneReferences';

const pairsOf = (scene: Scene) => scene.pairs as readonly (readonly [string, string])[];

/** Every loss on the scene by its definition, for comparison with the page's numbers. */
const references = (scene: Scene) => ({
  contrastive: referenceContrastive(scene, pairsOf(scene)),
  triplet: referenceTriplet(scene),
  infonce: referenceInfoNce(scene, scene.tau ?? 0.1),
});

const moved = (scene: Scene, index: number, x: number, y: number): Scene => ({
  ...scene,
  points: scene.points.map((p, i) => (i === index ? { ...p, x, y } : p)),
});

describe('comparing the losses', () => {
  it('gives the worked example under all three losses, whichever is active', () => {
    for (const loss of ['contrastive', 'triplet', 'infonce'] as const) {
      const scene = { ...defaultScene, loss };
      const evaluation = createEvaluator()(scene);
      const { totals, current } = compareLosses(evaluation);
      const expected = references(scene);
      expect(totals.contrastive).toBeCloseTo(expected.contrastive, 12);
      expect(totals.triplet).toBeCloseTo(expected.triplet, 12);
      expect(totals.infonce).toBeCloseTo(expected.infonce, 12);
      expect(totals[loss]).toBe(evaluation.total);
      expect(current).toBe(true);
    }
    expect(references(defaultScene).contrastive).toBeCloseTo(0.033044737, 8);
  });

  it('follows a drag, one evaluation at a time, and computes each only once', () => {
    const evaluate = createEvaluator();
    const first = compareLosses(evaluate(defaultScene));
    const dragged = moved(defaultScene, 1, 0.4, 0.6);
    const evaluation = evaluate(dragged);
    const second = compareLosses(evaluation);
    expect(second.totals.triplet).toBeCloseTo(referenceTriplet(dragged), 12);
    expect(second.totals.infonce).toBeCloseTo(referenceInfoNce(dragged, 0.1), 12);
    expect(second.totals.triplet).not.toBeCloseTo(first.totals.triplet!, 3);
    expect(compareLosses(evaluation)).toBe(second);
  });

  it('gives each loss the gradient that loss gives when it is the active one', () => {
    const scene = moved(defaultScene, 3, 0.5, 0.3);
    const { gradients } = compareLosses(createEvaluator()(scene));
    for (const loss of ['triplet', 'infonce'] as const) {
      const own = createEvaluator()({ ...scene, loss });
      expect(Array.from(gradients![loss]!.gradX)).toEqual(Array.from(own.gradX));
      expect(Array.from(gradients![loss]!.gradY)).toEqual(Array.from(own.gradY));
    }
  });

  it('keeps earlier gradients although the outputs are reused', () => {
    const evaluate = createEvaluator();
    const before = compareLosses(evaluate(defaultScene)).gradients!.triplet!.gradX.slice();
    const kept = compareLosses(evaluate(defaultScene)).gradients!.triplet!;
    compareLosses(evaluate(moved(defaultScene, 0, -0.3, 0.1)));
    expect(Array.from(kept.gradX)).toEqual(Array.from(before));
  });

  it('counts the triplets by FaceNet’s names', () => {
    const { census } = compareLosses(createEvaluator()(defaultScene));
    // Every anchor's positive is nearer than both negatives, all within the margin.
    expect(census.triplet).toEqual({ count: 8, hard: 0, semiHard: 8, easy: 0 });
    const active = compareLosses(createEvaluator()({ ...defaultScene, loss: 'triplet' }));
    expect(active.census).toEqual(census);
  });
});
