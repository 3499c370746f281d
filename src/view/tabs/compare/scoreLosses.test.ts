import { describe, expect, it } from 'vitest';
import { compileScene } from '../../../scene/compile';
import { defaultScene } from '../../../scene/defaultScene';
import { knobValuesOf, type Scene } from '../../../scene/model';
import {
  referenceContrastive,
  referenceInfoNce,
  referenceTriplet,
} from '../../../testing/sceneReferences';
import { createScorer, shapeOf, type ScoreMessage } from './scoreLosses';

/** A message for the scene as the background queue would send it. */
function messageFor(scene: Scene, shape: number, withShape: boolean): ScoreMessage {
  const { identityOf, pairs } = compileScene(scene);
  return {
    shape,
    ...(withShape ? shapeOf(identityOf, pairs) : {}),
    xs: Float64Array.from(scene.points, (p) => p.x),
    ys: Float64Array.from(scene.points, (p) => p.y),
    knobs: knobValuesOf(scene),
    ids: ['contrastive', 'triplet', 'infonce'],
  };
}

const everyPair = (scene: Scene) =>
  scene.points.flatMap((p, i) => scene.points.slice(i + 1).map((q) => [p.label, q.label] as const));

describe('the scorer behind the worker', () => {
  it('scores listed pairs, every pair, and the other two losses by their definitions', () => {
    const listed = createScorer()(messageFor(defaultScene, 1, true));
    expect(listed.totals.contrastive).toBeCloseTo(0.033044737, 8);
    expect(listed.totals.triplet).toBeCloseTo(referenceTriplet(defaultScene), 12);
    expect(listed.totals.infonce).toBeCloseTo(referenceInfoNce(defaultScene, 0.1), 12);
    expect(listed.census.triplet).toEqual({ count: 8, hard: 0, semiHard: 8, easy: 0 });

    const all: Scene = { ...defaultScene, pairs: 'all', margin: 1.5, tau: 0.5 };
    const scores = createScorer()(messageFor(all, 1, true));
    expect(scores.totals.contrastive).toBeCloseTo(referenceContrastive(all, everyPair(all)), 12);
    expect(scores.totals.triplet).toBeCloseTo(referenceTriplet(all), 12);
    expect(scores.totals.infonce).toBeCloseTo(referenceInfoNce(all, 0.5), 12);
  });

  it('keeps the shape between messages and refuses positions for a shape it never got', () => {
    const score = createScorer();
    score(messageFor(defaultScene, 7, true));
    const dragged: Scene = {
      ...defaultScene,
      points: defaultScene.points.map((p, i) => (i === 2 ? { ...p, x: 0.7, y: 0.3 } : p)),
    };
    const scores = score(messageFor(dragged, 7, false));
    expect(scores.totals.triplet).toBeCloseTo(referenceTriplet(dragged), 12);
    expect(() => score(messageFor(dragged, 8, false))).toThrow(/shape 8/);
  });

  it('scores only what it is asked for', () => {
    const scores = createScorer()({ ...messageFor(defaultScene, 1, true), ids: ['infonce'] });
    expect(Object.keys(scores.totals)).toEqual(['infonce']);
    expect(scores.census).toEqual({});
  });
});
