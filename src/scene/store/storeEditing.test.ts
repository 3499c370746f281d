import { MARGIN } from '../../engine';
import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { createEvaluator } from '../evaluation';
import { generateScene } from '../generate';
import { connectGestures } from './storeHistory';
import { createExplorerStore } from './store';
import { nextLabel } from './storeEditing';

describe('editing a scene', () => {
  it('adds a point labelled after its identity, and refuses bad names with a message', () => {
    const store = createExplorerStore();
    expect(store.getState().addPoint('alice', 0.5, 0.5)).toBe(true);
    expect(store.getState().scene.points.at(-1)).toEqual({
      label: 'A3',
      identity: 'alice',
      x: 0.5,
      y: 0.5,
    });
    expect(store.getState().addPoint('carol', 0, 0)).toBe(true);
    expect(store.getState().scene.points.at(-1)!.label).toBe('C1');
    expect(store.getState().addPoint('no-dashes!', 0, 0)).toBe(false);
    expect(store.getState().editProblem).toMatch(/"no-dashes!" cannot name an identity/);
    expect(store.getState().scene.points).toHaveLength(6);
  });

  it('finds a free label whatever is taken', () => {
    const scene = {
      ...defaultScene,
      points: [...defaultScene.points, { label: 'C1', identity: 'zed', x: 0, y: 0 }],
    };
    expect(nextLabel(scene, 'carol')).toBe('C2');
    expect(nextLabel(scene, 'zed')).toBe('C2');
  });

  it('deletes a point with its pairs, but never the last point', () => {
    const store = createExplorerStore();
    expect(store.getState().deletePoint(1)).toBe(true);
    expect(store.getState().scene.pairs).toEqual([
      ['A1', 'B1'],
      ['B1', 'B2'],
    ]);
    const single = createExplorerStore({
      margin: 1,
      pairs: 'all',
      points: [{ label: 'A', identity: 'a', x: 0, y: 0 }],
    });
    expect(single.getState().deletePoint(0)).toBe(false);
    expect(single.getState().editProblem).toMatch(/at least one point/);
  });

  it('forgets a pair half picked when a point is deleted (the soak found the crash, seed 7)', () => {
    const store = createExplorerStore();
    store.getState().setTool('pairs');
    store.getState().pickPoint(3);
    store.getState().deletePoint(1);
    expect(store.getState().pickFirst).toBeNull();
    // B2 was index 3 and is gone from there: the next pick starts a pair afresh.
    store.getState().pickPoint(0);
    expect(store.getState().pickFirst).toBe(0);
    expect(store.getState().editProblem).toBeNull();
  });

  it('renames and recolours identities, refusing a name already taken', () => {
    const store = createExplorerStore();
    expect(store.getState().recolourIdentity('alice', '#CC79A7')).toBe(true);
    expect(store.getState().renameIdentity('alice', 'Ada')).toBe(true);
    expect(
      store
        .getState()
        .scene.points.slice(0, 2)
        .map((p) => p.identity),
    ).toEqual(['Ada', 'Ada']);
    expect(store.getState().scene.colours).toEqual({ Ada: '#CC79A7' });
    expect(store.getState().renameIdentity('Ada', 'bob')).toBe(false);
    expect(store.getState().editProblem).toMatch(/"bob" is already someone else/);
    expect(store.getState().renameIdentity('Ada', '   ')).toBe(false);
  });

  it('switches pair modes and toggles hand-picked pairs', () => {
    const store = createExplorerStore();
    store.getState().setPairMode('all');
    expect(store.getState().scene.pairs).toBe('all');
    store.getState().togglePair('A1', 'B2');
    expect(store.getState().scene.pairs).toHaveLength(5);
    store.getState().togglePair('B2', 'A1');
    expect(store.getState().scene.pairs).toHaveLength(6);
    store.getState().pickPoint(0);
    store.getState().pickPoint(3);
    expect(store.getState().scene.pairs).toHaveLength(5);
    expect(store.getState().setPairMode({ perSimilar: 0, seed: 1 })).toBe(false);
    expect(store.getState().setPairMode({ perSimilar: 1, seed: 1 })).toBe(true);
    expect(store.getState().scene.pairs).toEqual({ kind: 'balanced', perSimilar: 1, seed: 1 });
  });

  it('puts every point on the unit circle with norm, and keeps a dragged point there', () => {
    const store = createExplorerStore();
    store.getState().setNorm(true);
    for (const p of store.getState().scene.points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 10);
    store.getState().movePoint(0, 0, -3);
    expect(store.getState().scene.points[0]).toMatchObject({ x: 0, y: -1 });
  });
});

describe('undo and redo', () => {
  it('round-trips every kind of edit, a whole drag as one step', () => {
    const store = createExplorerStore();
    const listeners = new Map<string, (event: { pointerId?: number }) => void>();
    connectGestures(store, {
      addEventListener: (type, l) => listeners.set(type, l),
      removeEventListener: () => {},
    });
    const scenes = [store.getState().scene];
    // A drag: one pointerdown, many moves, one pointerup.
    listeners.get('pointerdown')!({ pointerId: 1 });
    for (let k = 1; k <= 10; k++) store.getState().movePoint(0, 0.8 - k / 100, 0.2);
    expect(store.getState().gesturing).toBe(true);
    listeners.get('pointerup')!({ pointerId: 1 });
    expect(store.getState().gesturing).toBe(false);
    scenes.push(store.getState().scene);
    listeners.get('pointerdown')!({ pointerId: 1 });
    store.getState().setKnob(MARGIN, 0.5);
    listeners.get('pointerup')!({ pointerId: 1 });
    scenes.push(store.getState().scene);
    store.getState().addPoint('carol', 1, 1);
    scenes.push(store.getState().scene);
    store.getState().loadScene({ ...defaultScene, pairs: 'all' });
    scenes.push(store.getState().scene);
    for (let k = scenes.length - 2; k >= 0; k--) {
      store.getState().undo();
      expect(store.getState().scene).toBe(scenes[k]);
    }
    store.getState().undo();
    expect(store.getState().scene).toBe(scenes[0]);
    for (let k = 1; k < scenes.length; k++) {
      store.getState().redo();
      expect(store.getState().scene).toBe(scenes[k]);
    }
  });

  it('starts afresh from a link the page opens with', () => {
    const store = createExplorerStore();
    store.getState().loadScene({ ...defaultScene, margin: 2 }, 'replace');
    store.getState().undo();
    expect(store.getState().scene.margin).toBe(2);
  });
});

describe('statistics of generated scenes', () => {
  it.each([
    [8, 5],
    [400, 5],
  ])(
    '%i identities × %i photos: n(n − 1)/2 pairs, split into similar and dissimilar',
    (identities, photos) => {
      const generated = generateScene({ identities, photos, spread: 0.1, seed: 5 });
      if (!generated.ok) throw new Error('expected a scene');
      const evaluation = createEvaluator()(generated.value);
      const n = identities * photos;
      expect(evaluation.pairs.count).toBe((n * (n - 1)) / 2);
      expect(evaluation.statistics.similar).toBe((identities * photos * (photos - 1)) / 2);
      let dissimilarInside = 0;
      for (let p = 0; p < evaluation.pairs.count; p++) {
        if (evaluation.pairs.similar[p] === 0 && evaluation.distance[p]! < 1) dissimilarInside++;
      }
      expect(evaluation.statistics.activeDissimilar).toBe(dissimilarInside);
    },
  );
});
