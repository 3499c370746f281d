import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEvaluator, type Evaluate } from '../../scene/evaluation';
import { generateScene } from '../../scene/generate';
import { createExplorerStore } from '../../scene/store/store';
import type { Clock } from '../../scene/effects/trainer';
import { createFrameLoop, LIVE_VIEWS_LIMIT, PACED_INTERVAL } from './frameLoop';

/** Animation frames that come when the test says, and a clock that moves when it says. */
function manualFrames() {
  let time = 0;
  let queued: (() => void)[] = [];
  const clock: Clock = {
    now: () => time,
    frame: (callback) => queued.push(callback),
    cancel: () => {
      queued = [];
    },
  };
  /** Lets `ms` pass, then draws the frame that was asked for, if any. */
  const frame = (ms = 16) => {
    time += ms;
    vi.advanceTimersByTime(ms);
    const due = queued;
    queued = [];
    for (const callback of due) callback();
    return due.length;
  };
  return { clock, frame };
}

function counting(evaluate: Evaluate) {
  let calls = 0;
  const counted: Evaluate = (scene) => {
    calls++;
    return evaluate(scene);
  };
  return { counted, calls: () => calls };
}

const bigScene = () => {
  const generated = generateScene({ identities: 60, photos: 5, spread: 0.15, seed: 1 });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  return generated.value;
};

describe('the frame loop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('evaluates once per frame however many edits came in between, and only when asked', () => {
    const store = createExplorerStore();
    const { clock, frame } = manualFrames();
    const { counted, calls } = counting(createEvaluator());
    const loop = createFrameLoop(store, counted, clock);
    const stop = loop.start();
    frame();
    const before = calls();
    for (let k = 1; k <= 5; k++) store.getState().movePoint(0, 0.8 - k / 100, 0.2);
    expect(frame()).toBe(1);
    expect(calls() - before).toBe(1);
    expect(loop.live.getState().evaluation.scene).toBe(store.getState().scene);
    // Nothing changed: no frame is asked for.
    expect(frame()).toBe(0);
    stop();
  });

  it('below the limit, every view follows every frame, even mid-gesture', () => {
    const store = createExplorerStore();
    const { clock, frame } = manualFrames();
    const loop = createFrameLoop(store, createEvaluator(), clock);
    const stop = loop.start();
    frame();
    store.getState().beginGesture();
    for (let k = 1; k <= 5; k++) {
      store.getState().movePoint(0, 0.8 - k / 100, 0.2);
      frame();
      expect(loop.paced.getState().evaluation.scene).toBe(store.getState().scene);
    }
    stop();
  });

  it('past the limit, the views follow a gesture ten times a second and catch up at its end', () => {
    const store = createExplorerStore(bigScene());
    expect(store.getState().scene.points.length).toBeGreaterThanOrEqual(LIVE_VIEWS_LIMIT);
    const { clock, frame } = manualFrames();
    const loop = createFrameLoop(store, createEvaluator(), clock);
    const stop = loop.start();
    frame();
    const published: number[] = [];
    loop.paced.subscribe(() => published.push(clock.now()));
    store.getState().beginGesture();
    for (let k = 1; k <= 60; k++) {
      store.getState().movePoint(0, k / 100, 0);
      frame();
      // The plane's channel is never behind.
      expect(loop.live.getState().evaluation.scene).toBe(store.getState().scene);
    }
    // About a second of frames: about ten paced updates, never two within the interval.
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(published.length).toBeLessThanOrEqual(11);
    for (let k = 1; k < published.length; k++)
      expect(published[k]! - published[k - 1]!).toBeGreaterThanOrEqual(PACED_INTERVAL);
    // A hand held still: the last move is shown within the interval, without another edit.
    for (let k = 0; k < 8; k++) frame();
    expect(loop.paced.getState().evaluation.scene).toBe(store.getState().scene);
    // The gesture ends: the very next frame brings the views up to date.
    store.getState().movePoint(0, 2, 2);
    store.getState().endGesture();
    frame();
    expect(loop.paced.getState().evaluation.scene).toBe(store.getState().scene);
    stop();
  });
});
