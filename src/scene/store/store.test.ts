import { MARGIN, TEMPERATURE } from '../../engine';
import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { createEvaluator } from '../evaluation';
import type { Scene } from '../model';
import { createExplorerStore } from './store';

describe('the explorer store, without React', () => {
  it('moves a point and leaves the others untouched', () => {
    const store = createExplorerStore();
    store.getState().movePoint(2, 0.3, 0.4);
    const { points } = store.getState().scene;
    expect(points[2]).toEqual({ label: 'B1', identity: 'bob', x: 0.3, y: 0.4 });
    expect(points[0]).toBe(defaultScene.points[0]);
  });

  it('nudges a point from where the store has it, so every key press counts', () => {
    const store = createExplorerStore();
    // B1 starts at (0.1, 0.9); five presses of Shift+Up before any frame shows one of them.
    for (let k = 0; k < 5; k++) store.getState().nudgePoint(2, 0, 0.1);
    expect(store.getState().scene.points[2]).toMatchObject({ x: 0.1, y: 1.4 });
    for (let k = 0; k < 3; k++) store.getState().nudgePoint(2, -0.01, 0);
    expect(store.getState().scene.points[2]).toMatchObject({ x: 0.07, y: 1.4 });
    store.getState().nudgePoint(9, 1, 1);
    expect(store.getState().scene.points).toHaveLength(4);
  });

  it('ignores moves to nowhere and clamps moves beyond the limits', () => {
    const store = createExplorerStore();
    store.getState().movePoint(9, 1, 1);
    store.getState().movePoint(0, Number.NaN, 1);
    store.getState().movePoint(0, Infinity, 1);
    expect(store.getState().scene).toBe(defaultScene);
    store.getState().movePoint(0, 5e6, -5e6);
    expect(store.getState().scene.points[0]).toMatchObject({ x: 1e6, y: -1e6 });
  });

  it('keeps the margin within 0 … 100', () => {
    const store = createExplorerStore();
    store.getState().setKnob(MARGIN, 1.5);
    expect(store.getState().scene.margin).toBe(1.5);
    store.getState().setKnob(MARGIN, -2);
    expect(store.getState().scene.margin).toBe(0);
    store.getState().setKnob(MARGIN, Number.NaN);
    expect(store.getState().scene.margin).toBe(0);
  });

  it('switches the loss on the same points, and keeps τ within its limits', () => {
    const store = createExplorerStore();
    store.getState().setLoss('infonce');
    const { scene } = store.getState();
    expect(scene.loss).toBe('infonce');
    expect(scene.points).toBe(defaultScene.points);
    store.getState().setKnob(TEMPERATURE, 0.0001);
    expect(store.getState().scene.tau).toBe(0.001);
    store.getState().setKnob(TEMPERATURE, Number.NaN);
    expect(store.getState().scene.tau).toBe(0.001);
    store.getState().setLoss('contrastive');
    expect(store.getState().scene.loss).toBeUndefined();
    store.getState().undo();
    expect(store.getState().scene.loss).toBe('infonce');
  });

  it('loads a valid scene and refuses a broken one with a notice', () => {
    const store = createExplorerStore();
    const scene: Scene = {
      margin: 2,
      points: [{ label: 'Q', identity: 'q', x: 0, y: 0 }],
      pairs: 'all',
    };
    expect(store.getState().loadScene(scene)).toBe(true);
    expect(store.getState().loads).toBe(1);
    const broken = { ...scene, points: [{ label: 'no spaces', identity: 'q', x: 0, y: 0 }] };
    expect(store.getState().loadScene(broken)).toBe(false);
    expect(store.getState().scene).toEqual(scene);
    expect(store.getState().notice?.problems.join()).toMatch(/label "no spaces"/);
  });

  it('offers back the scene a broken link replaced', () => {
    const store = createExplorerStore();
    store.getState().movePoint(0, 0.5, 0.5);
    const edited = store.getState().scene;
    store.getState().rejectLink(['bad']);
    expect(store.getState().scene).toBe(defaultScene);
    expect(store.getState().notice?.previous).toBe(edited);
    store.getState().restorePrevious();
    expect(store.getState().scene).toEqual(edited);
    expect(store.getState().notice).toBeNull();
  });

  it('shows a notice without touching the scene or its history', () => {
    const store = createExplorerStore();
    const { scene, past } = store.getState();
    store.getState().showNotice('That file could not be read', ['line 2: x "abc" is not a number']);
    expect(store.getState().notice).toEqual({
      title: 'That file could not be read',
      problems: ['line 2: x "abc" is not a number'],
    });
    expect(store.getState().scene).toBe(scene);
    expect(store.getState().past).toBe(past);
  });
});

describe('the evaluator', () => {
  it('gives the worked example’s numbers', () => {
    const evaluation = createEvaluator()(defaultScene);
    expect([...evaluation.pairLoss].map((l) => l.toFixed(4))).toEqual([
      '0.0050',
      '0.0001',
      '0.0229',
      '0.0050',
    ]);
    expect(evaluation.total.toFixed(4)).toBe('0.0330');
    expect([...evaluation.pairs.similar]).toEqual([1, 0, 0, 1]);
    expect(evaluation.identities).toEqual(['alice', 'bob']);
  });

  it('returns the same evaluation for the same scene', () => {
    const evaluate = createEvaluator();
    expect(evaluate(defaultScene)).toBe(evaluate(defaultScene));
  });

  it('follows a sequence of edits exactly as fresh evaluations do', () => {
    const store = createExplorerStore();
    const evaluate = createEvaluator();
    const edits = [
      () => store.getState().movePoint(1, 0.2, 0.8),
      () => store.getState().movePoint(1, 0.21, 0.8),
      () => store.getState().setKnob(MARGIN, 0.5),
      () => store.getState().movePoint(3, 0.1, 0.9),
      () => store.getState().loadScene({ ...defaultScene, pairs: 'all' }),
      () => store.getState().movePoint(0, -1, 2),
      () => store.getState().setLoss('triplet'),
      () => store.getState().movePoint(2, 0.4, 0.1),
      () => store.getState().setLoss('infonce'),
      () => store.getState().setKnob(TEMPERATURE, 0.05),
      () => store.getState().movePoint(2, -0.4, 0.1),
    ];
    for (const edit of edits) {
      edit();
      const scene = store.getState().scene;
      const live = evaluate(scene);
      const fresh = createEvaluator()(scene);
      expect([...live.pairLoss]).toEqual([...fresh.pairLoss]);
      expect(live.total).toBeCloseTo(fresh.total, 14);
      for (let i = 0; i < scene.points.length; i++) {
        expect(live.gradX[i]).toBeCloseTo(fresh.gradX[i]!, 14);
        expect(live.gradY[i]).toBeCloseTo(fresh.gradY[i]!, 14);
      }
    }
  });
});

describe('selecting a pair', () => {
  it('selects pairs of the scene only, and forgets the selection when a scene loads', () => {
    const store = createExplorerStore();
    store.getState().selectPair(2);
    expect(store.getState().selectedPair).toBe(2);
    store.getState().selectPair(4);
    store.getState().selectPair(-1);
    store.getState().selectPair(1.5);
    expect(store.getState().selectedPair).toBe(2);
    store.getState().movePoint(0, 0.1, 0.1);
    expect(store.getState().selectedPair).toBe(2);
    store.getState().loadScene({ ...defaultScene, pairs: 'all' });
    expect(store.getState().selectedPair).toBeNull();
    store.getState().selectPair(5);
    expect(store.getState().selectedPair).toBe(5);
    store.getState().selectPair(null);
    expect(store.getState().selectedPair).toBeNull();
  });
});
