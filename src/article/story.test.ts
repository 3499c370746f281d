/**
 * The story's captions quote numbers of their scenes, and the sections' text claims what training
 * does there: both are computed here from the scenes by the engine, so neither can drift.
 */
import { describe, expect, it } from 'vitest';
import { lossOf, MARGIN } from '../engine';
import { createEvaluator, type Evaluation } from '../scene/evaluation';
import { withKnob, type Scene } from '../scene/model';
import { trainingStep } from '../scene/training';
import { pairName } from '../view/plane/focusPair';
import { pairSummary } from '../view/kit/pairSummary';
import { STORY } from './story';

const evaluate = (scene: Scene): Evaluation => createEvaluator()(scene);
const sceneOf = (id: string): Scene => STORY.find((step) => step.id === id)!.scene!;
const factsOf = (evaluation: Evaluation) => pairSummary(evaluation).facts;
const peopleIn = (evaluation: Evaluation) => new Set(evaluation.identityOf).size;

/** The numbers a caption quotes, in order; a digit glued to a letter is a label (A1), not one. */
const numbersIn = (caption: string): string[] =>
  caption.match(/(?<![A-Za-z\d.,])\d[\d.,]*\d|(?<![A-Za-z\d.,])\d/g) ?? [];

/** What each caption quotes, computed from its scene. */
const QUOTED: Record<string, (evaluation: Evaluation) => number[]> = {
  embeddings: () => [],
  loss: () => [],
  'worked-example': (e) => {
    const largest = pairSummary(e).largest;
    return [e.scene.margin, Math.round((100 * e.pairLoss[largest]!) / e.total)];
  },
  push: (e) => [Math.round(e.total), factsOf(e).dissimilar],
  margin: (e) => {
    const atOne = factsOf(evaluate(withKnob(e.scene, MARGIN, 1)));
    return [factsOf(e).dissimilar, 1, atOne.activeDissimilar];
  },
  gradient: (e) => [e.scene.margin, factsOf(e).activeDissimilar, factsOf(e).similar],
  'fine-print': (e) => [factsOf(e).pairs],
  limitations: (e) => [factsOf(e).points, factsOf(e).pairs, factsOf(e).resting],
  related: (e) => {
    const census = lossOf(e.objective).census!(e.output);
    return [e.scene.points.length, census.hard!, census.count!];
  },
  exercises: () => [],
  summary: (e) => [factsOf(e).pairs],
  glossary: () => [],
};

/** Trains a scene as Play does, until training stops by itself. */
function trained(scene: Scene): Evaluation {
  const evaluator = createEvaluator();
  const losses: number[] = [];
  let current = scene;
  for (;;) {
    const evaluation = evaluator(current);
    const outcome = trainingStep(current, evaluation, losses, null);
    if (outcome.kind === 'stopped') {
      expect(outcome.status).toBe('converged');
      return evaluation;
    }
    losses.push(evaluation.total);
    current = { ...current, points: outcome.points };
  }
}

/** The widest gap within a person, and the narrowest between two people. */
function spread(evaluation: Evaluation) {
  let within = 0;
  let between = Infinity;
  for (let p = 0; p < evaluation.pairs.count; p++) {
    const d = evaluation.distance[p]!;
    if (evaluation.pairs.similar[p] === 1) within = Math.max(within, d);
    else between = Math.min(between, d);
  }
  return { within, between };
}

describe('the story', () => {
  it('has one step per section id, each caption one or two sentences', () => {
    expect(new Set(STORY.map((step) => step.id)).size).toBe(STORY.length);
    for (const step of STORY) {
      if (step.scene === null) {
        expect(step.caption).toBe('');
        continue;
      }
      const sentences = step.caption.match(/[.!?](?=\s|$)/g)?.length ?? 0;
      expect(sentences, step.id).toBeGreaterThanOrEqual(1);
      expect(sentences, step.id).toBeLessThanOrEqual(2);
    }
  });

  it('keeps its scenes small enough to glide between', () => {
    for (const { scene } of STORY) if (scene) expect(scene.points.length).toBeLessThanOrEqual(40);
  });

  it.each(STORY.filter((step) => step.scene).map((step) => step.id))(
    'quotes only whole numbers of its scene in the %s caption',
    (id) => {
      const step = STORY.find((s) => s.id === id)!;
      const quoted = numbersIn(step.caption);
      for (const number of quoted) expect(number).toMatch(/^\d+$/);
      expect(quoted.map(Number)).toEqual(QUOTED[id]!(evaluate(step.scene!)));
    },
  );
});

describe('what the figure acts out', () => {
  it('worked example: A2–B2 is a pair of different people inside the margin, the largest', () => {
    const e = evaluate(sceneOf('worked-example'));
    const largest = pairSummary(e).largest;
    expect(pairName(e, largest)).toBe('A2–B2');
    expect(e.pairs.similar[largest]).toBe(0);
    expect(e.distance[largest]).toBeLessThan(e.scene.margin);
  });

  it('push: nine photos of three people, the pulls almost free, every arrow outwards', () => {
    const e = evaluate(sceneOf('push'));
    expect(e.scene.points.length).toBe(9);
    expect(peopleIn(e)).toBe(3);
    expect(factsOf(e).activeDissimilar).toBe(factsOf(e).dissimilar);
    let pull = 0;
    for (let p = 0; p < e.pairs.count; p++) if (e.pairs.similar[p] === 1) pull += e.pairLoss[p]!;
    expect(pull).toBeLessThan(0.01 * e.total);
    const cx = e.scene.points.reduce((sum, p) => sum + p.x, 0) / 9;
    const cy = e.scene.points.reduce((sum, p) => sum + p.y, 0) / 9;
    e.scene.points.forEach((point, i) => {
      const outwards = -e.gradX[i]! * (point.x - cx) - e.gradY[i]! * (point.y - cy);
      expect(outwards, point.label).toBeGreaterThan(0);
    });
  });

  it('push: with m = 0 only the pulls are left, next to nothing', () => {
    expect(evaluate(withKnob(sceneOf('push'), MARGIN, 0)).total).toBeLessThan(0.01);
  });

  it('push: Play sorts the photos into one group per person, at least m apart, loss gone', () => {
    const e = trained(sceneOf('push'));
    const { within, between } = spread(e);
    expect(within).toBeLessThan(0.01);
    expect(between).toBeGreaterThan(e.scene.margin - 1e-3);
    expect(e.total).toBeLessThan(5e-5);
  });

  it('margin: six photos of three people about 0.35 apart, every negative at rest', () => {
    const e = evaluate(sceneOf('margin'));
    expect([e.scene.points.length, peopleIn(e), e.scene.margin]).toEqual([6, 3, 0.3]);
    expect(factsOf(e).activeDissimilar).toBe(0);
    const { between } = spread(e);
    expect(between).toBeGreaterThan(0.3);
    expect(between).toBeLessThan(0.4);
  });

  it('margin and gradient: at m = 1, Play stops once the people are a whole unit apart', () => {
    const gradient = sceneOf('gradient');
    expect(gradient).toEqual(withKnob(sceneOf('margin'), MARGIN, 1));
    expect(spread(trained(gradient)).between).toBeGreaterThan(1 - 1e-3);
  });

  it('limitations: eight people with five photos each, the resting pairs all negatives', () => {
    const e = evaluate(sceneOf('limitations'));
    expect(peopleIn(e)).toBe(8);
    const facts = factsOf(e);
    expect(facts.resting).toBe(facts.dissimilar - facts.activeDissimilar);
  });

  it('related: three people, every photo nearer someone else’s than any of its own', () => {
    const e = evaluate(sceneOf('related'));
    expect(e.objective).toBe('triplet');
    expect(peopleIn(e)).toBe(3);
    const { points } = e.scene;
    for (const [i, point] of points.entries()) {
      const others = points.filter((_, k) => k !== i);
      const nearest = others.reduce((best, p) =>
        Math.hypot(p.x - point.x, p.y - point.y) < Math.hypot(best.x - point.x, best.y - point.y)
          ? p
          : best,
      );
      expect(nearest.identity, point.label).not.toBe(point.identity);
    }
  });
});
