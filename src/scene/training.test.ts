import { describe, expect, it } from 'vitest';
import { defaultScene } from './defaultScene';
import { createEvaluator } from './evaluation';
import type { Scene } from './model';
import { createExplorerStore } from './store/store';
import { createTrainer, type Clock } from './effects/trainer';
import { lossIsRising, trainingStep } from './training';

/** A clock the test turns by hand: each `advance` runs one animation frame. */
function manualClock() {
  let time = 0;
  let pending: (() => void) | undefined;
  const clock: Clock = {
    now: () => time,
    frame: (callback) => {
      pending = callback;
      return 1;
    },
    cancel: () => {
      pending = undefined;
    },
  };
  const advance = (ms: number) => {
    time += ms;
    const run = pending;
    pending = undefined;
    run?.();
  };
  return { clock, advance };
}

describe('one training step', () => {
  it('moves every point by exactly −lr · gradient', () => {
    const scene = { ...defaultScene, lr: 0.3 };
    const evaluation = createEvaluator()(scene);
    const outcome = trainingStep(scene, evaluation, [], null);
    expect(outcome.kind).toBe('moved');
    if (outcome.kind !== 'moved') return;
    outcome.points.forEach((point, i) => {
      expect(point.x).toBe(scene.points[i]!.x - 0.3 * evaluation.gradX[i]!);
      expect(point.y).toBe(scene.points[i]!.y - 0.3 * evaluation.gradY[i]!);
    });
  });

  it('stays on the unit circle with norm', () => {
    const scene: Scene = {
      ...defaultScene,
      norm: true,
      points: defaultScene.points.map((p) => ({
        ...p,
        x: p.x / Math.hypot(p.x, p.y),
        y: p.y / Math.hypot(p.x, p.y),
      })),
    };
    const outcome = trainingStep(scene, createEvaluator()(scene), [], null);
    if (outcome.kind !== 'moved') throw new Error('expected a step');
    for (const p of outcome.points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 12);
  });

  it('reports a satisfied scene, a stalled loss and runaway points', () => {
    const apart: Scene = {
      margin: 1,
      pairs: 'all',
      points: [
        { label: 'A', identity: 'a', x: 0, y: 0 },
        { label: 'B', identity: 'b', x: 5, y: 0 },
      ],
    };
    expect(trainingStep(apart, createEvaluator()(apart), [], null)).toMatchObject({
      status: 'converged',
      message: expect.stringMatching(/loss is exactly 0/) as string,
    });
    const evaluation = createEvaluator()(defaultScene);
    const calm = Array.from({ length: 25 }, () => evaluation.total);
    expect(trainingStep(defaultScene, evaluation, calm, null)).toMatchObject({
      status: 'converged',
      message: expect.stringMatching(/stopped changing/) as string,
    });
    // A loss still halving is not calm, but one whose change is a trillionth of its start is.
    const halving = Array.from({ length: 25 }, (_, k) => 2 ** -k);
    expect(trainingStep(defaultScene, evaluation, halving, null)).toMatchObject({ kind: 'moved' });
    const close: Scene = {
      margin: 1,
      pairs: 'all',
      points: [
        { label: 'A1', identity: 'a', x: 0, y: 0 },
        { label: 'A2', identity: 'a', x: 1e-7, y: 0 },
      ],
    };
    const nearlyThere = createEvaluator()(close);
    const tiny = [1, ...Array.from({ length: 24 }, () => nearlyThere.total)];
    expect(trainingStep(close, nearlyThere, tiny, null)).toMatchObject({ status: 'converged' });
    const far: Scene = {
      margin: 1,
      pairs: 'all',
      lr: 10,
      points: [
        { label: 'A', identity: 'a', x: 0, y: 0 },
        { label: 'B', identity: 'a', x: 900000, y: 0 },
      ],
    };
    expect(trainingStep(far, createEvaluator()(far), [], null)).toMatchObject({
      status: 'diverged',
      message: expect.stringMatching(/learning rate 10.*overshoots/) as string,
    });
  });

  it('tells a rising loss', () => {
    expect(lossIsRising([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 11)).toBe(true);
    expect(lossIsRising([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9)).toBe(false);
  });
});

describe('the trainer', () => {
  it('plays gradient descent on the worked example and the loss falls at a small rate', () => {
    const store = createExplorerStore({ ...defaultScene, lr: 0.05 });
    store.getState().setTrainingSpeed(20);
    const evaluate = createEvaluator();
    const { clock, advance } = manualClock();
    const trainer = createTrainer(store, evaluate, clock);
    const before = evaluate(store.getState().scene).total;
    trainer.play();
    for (let frame = 0; frame < 15; frame++) advance(100);
    trainer.pause();
    const { training, scene } = store.getState();
    expect(training.steps).toBeGreaterThan(20);
    expect(training.status).toBe('paused');
    const losses = [...training.losses, evaluate(scene).total];
    for (let k = 1; k < losses.length; k++) expect(losses[k]).toBeLessThan(losses[k - 1]!);
    expect(evaluate(scene).total).toBeLessThan(before);
    // A2 and B2, the pair inside the margin, have moved apart.
    const [, a2, , b2] = scene.points;
    expect(Math.hypot(a2!.x - b2!.x, a2!.y - b2!.y)).toBeGreaterThan(Math.sqrt(0.72));
  });

  it('steps once, resets to the scene before training, and undoes a run as one step', () => {
    const store = createExplorerStore();
    const trainer = createTrainer(store, createEvaluator(), manualClock().clock);
    trainer.step();
    trainer.step();
    expect(store.getState().training.steps).toBe(2);
    expect(store.getState().scene).not.toBe(defaultScene);
    trainer.reset();
    expect(store.getState().scene).toBe(defaultScene);
    expect(store.getState().training.steps).toBe(0);
    store.getState().undo();
    expect(store.getState().training.steps).toBe(0);
    expect(store.getState().scene.points[0]!.x).not.toBe(0.8);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scene).toBe(defaultScene);
  });

  it('stops by itself when the points would fly off, and says why', () => {
    const store = createExplorerStore({ ...defaultScene, lr: 10 });
    const { clock, advance } = manualClock();
    const trainer = createTrainer(store, createEvaluator(), clock);
    trainer.play();
    for (let frame = 0; frame < 200 && store.getState().training.status === 'running'; frame++)
      advance(100);
    const { training, scene } = store.getState();
    expect(training.status).toBe('diverged');
    expect(training.message).toMatch(/flew off the plane/);
    for (const p of scene.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('leaves a point held by the hand where it is', () => {
    const store = createExplorerStore();
    const trainer = createTrainer(store, createEvaluator(), manualClock().clock);
    store.getState().grabPoint(1);
    trainer.step();
    expect(store.getState().scene.points[1]).toEqual(defaultScene.points[1]);
    expect(store.getState().scene.points[0]).not.toEqual(defaultScene.points[0]);
  });
});
