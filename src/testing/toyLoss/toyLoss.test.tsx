// @vitest-environment jsdom
/**
 * A fourth loss registered from this folder alone (definition.ts, view.tsx, register.ts) is
 * scored, linked, saved, switched to, trained, compared and described by the page's own code,
 * with no other file naming it: the registries carry everything.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { knobs, lossIds } from '../../engine';
import { defaultScene } from '../../scene/defaultScene';
import { createEvaluator } from '../../scene/evaluation';
import { readSceneHash, sceneToHash } from '../../scene/codec/link';
import { readSceneJson, sceneToJson } from '../../scene/codec/sceneFile';
import { underLossOf, type Scene } from '../../scene/model';
import { trainingStep } from '../../scene/training';
import { LossControl } from '../../view/losses/LossControl';
import { LossSwitcher } from '../../view/losses/LossSwitcher';
import { compareLosses } from '../../view/tabs/compare/compareLosses';
import { describePlane } from '../../view/description/describePlane';
import { legendOf } from '../../view/tabs/share/figureLegend';
import { renderWithStore } from '../renderExplorer';
import { SPRING, STIFFNESS } from './definition';
import { registerSpringLoss } from './register';

const springs: Scene = { ...defaultScene, loss: 'spring', stiffness: 3 } as Scene;
const EVERY_MARK = { circles: true, lines: true, labels: true };

/** The spring loss written out pair by pair over the scene's own listed pairs. */
function springReference(scene: Scene, k: number): number {
  const at = new Map(scene.points.map((p) => [p.label, p]));
  const pairs = typeof scene.pairs === 'string' || 'kind' in scene.pairs ? [] : scene.pairs;
  return pairs.reduce((sum, [a, b]) => {
    const p = at.get(a)!;
    const q = at.get(b)!;
    const squared = (p.x - q.x) ** 2 + (p.y - q.y) ** 2;
    return sum + (p.identity === q.identity ? squared : k / (1 + squared));
  }, 0);
}

describe('a fourth loss from one folder', () => {
  let unregister: () => void = () => {};
  beforeAll(() => {
    unregister = registerSpringLoss();
  });
  afterAll(() => unregister());
  afterEach(cleanup);

  it('joins the lists of losses and knobs', () => {
    expect(lossIds()).toEqual(['contrastive', 'triplet', 'infonce', 'spring']);
    expect(knobs().map((knob) => knob.linkKey)).toEqual(['m', 'tau', 'k']);
  });

  it('is scored, with the gradient its total has', () => {
    const evaluate = createEvaluator();
    const evaluation = evaluate(springs);
    expect(evaluation.objective).toBe('spring');
    expect(evaluation.total).toBeCloseTo(springReference(springs, 3), 12);
    const h = 1e-6;
    const nudged = (dx: number) =>
      evaluate({
        ...springs,
        points: springs.points.map((p, i) => (i === 0 ? { ...p, x: p.x + dx } : p)),
      }).total;
    expect(evaluate(springs).gradX[0]).toBeCloseTo((nudged(h) - nudged(-h)) / (2 * h), 6);
  });

  it('is linked: loss=spring&k=3 round-trips, and a bad k is named in plain words', () => {
    const hash = sceneToHash(springs);
    expect(hash).toMatch(/&loss=spring&k=3(&|$)/);
    const read = readSceneHash(hash);
    expect(read.kind === 'scene' && read.ok && read.value).toEqual(springs);
    const problems = (text: string) => {
      const reading = readSceneHash(text);
      return reading.kind === 'scene' && !reading.ok ? reading.problems.join(' ') : '';
    };
    expect(problems(hash.replace('k=3', 'k=30'))).toContain(
      'In "k=30": the stiffness k = 30 is outside the allowed range of 0.1 to 10 (above the highest allowed, 10).',
    );
    expect(problems(hash.replace('k=3', 'k=stiff'))).toContain(
      'The stiffness "k=stiff" is not a number; write it like k=2.',
    );
    expect(problems(hash.replace('loss=spring', 'loss=springs'))).toContain(
      'write loss=contrastive, loss=triplet, loss=infonce or loss=spring.',
    );
  });

  it('is saved: the scene file keeps "stiffness" and reads back the same scene', () => {
    const json = sceneToJson(springs);
    expect(JSON.parse(json)).toMatchObject({ loss: 'spring', stiffness: 3 });
    const read = readSceneJson(json);
    expect(read.ok && read.value).toEqual(springs);
    expect(readSceneJson(json.replace('"stiffness": 3', '"stiffness": 0'))).toEqual({
      ok: false,
      problems: [
        'In "stiffness": the stiffness k = 0 is outside the allowed range of 0.1 to 10 (below the lowest allowed, 0.1).',
      ],
    });
  });

  it('is switched to from the loss switcher, and its knob slider sets k', () => {
    const { store } = renderWithStore(
      <>
        <LossSwitcher />
        <LossControl />
      </>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Spring' }));
    expect(store.getState().scene.loss).toBe('spring');
    const slider = screen.getByRole('slider', { name: 'Stiffness' });
    expect(screen.getByTestId('stiffness-value').textContent).toBe('k = 2.00');
    fireEvent.change(slider, { target: { value: '4.5' } });
    expect(store.getState().scene).toMatchObject({ stiffness: 4.5 });
    store.getState().setKnob(STIFFNESS, 50);
    expect(store.getState().scene).toMatchObject({ stiffness: 10 });
  });

  it('keeps its loss and k when a preset is loaded, as the others do', () => {
    const preset: Scene = { ...defaultScene, margin: 0.5 };
    expect(underLossOf(preset, springs)).toMatchObject({ loss: 'spring', stiffness: 3 });
  });

  it('is trained: a step of gradient descent lowers it', () => {
    const evaluate = createEvaluator();
    const before = evaluate(springs);
    const step = trainingStep(springs, before, [], null);
    expect(step.kind).toBe('moved');
    if (step.kind !== 'moved') return;
    expect(evaluate({ ...springs, points: step.points }).total).toBeLessThan(before.total);
  });

  it('is compared with the other losses, and described in its own words', () => {
    const evaluation = createEvaluator()(springs);
    expect(compareLosses(createEvaluator()(defaultScene)).totals.spring).toBeCloseTo(
      springReference(defaultScene, STIFFNESS.initial),
      12,
    );
    const text = describePlane(evaluation, EVERY_MARK);
    expect(text.overview).toContain('stiffness 3.00');
    expect(text.overview).toContain('(Spring)');
    expect(text.marks).toContain(
      'Spring: photos pulled together, or pushed apart with stiffness k = 3.00.',
    );
    expect(text.pushing).toBe(`The springs hold ${evaluation.total.toFixed(2)} of energy.`);
    expect(legendOf(evaluation, EVERY_MARK).lines[0]).toMatch(/^Spring loss · Stiffness k = 3 · /);
  });
});

it('leaves the page as it was once it is taken out again', () => {
  expect(lossIds()).toEqual(['contrastive', 'triplet', 'infonce']);
  expect(knobs().map((knob) => knob.linkKey)).toEqual(['m', 'tau']);
  expect(readSceneHash(sceneToHash(springs))).toMatchObject({ ok: false });
  expect(SPRING.id).toBe('spring');
});
