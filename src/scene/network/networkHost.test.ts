import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK_SETTINGS, type NetworkSettings } from '../../engine';
import { loadDigits } from '../../testing/digits';
import { createNetworkHost, SLICE_MS } from './networkHost';
import type { FromNetwork } from './protocol';

const images = loadDigits();

/** The host with a clock that moves 1 ms a reading and a queue the test runs by hand. */
function host(settings: Partial<NetworkSettings> = {}) {
  const heard: FromNetwork[] = [];
  const queued: (() => void)[] = [];
  let time = 0;
  const hear = createNetworkHost((message) => heard.push(message), {
    now: () => time++,
    later: (callback) => queued.push(callback),
  });
  hear({ kind: 'start', images, settings: { ...DEFAULT_NETWORK_SETTINGS, ...settings } });
  const last = () => {
    const progress = heard.filter((message) => message.kind === 'progress');
    return progress[progress.length - 1]!;
  };
  const runNext = () => queued.shift()?.();
  return { hear, heard, queued, last, runNext };
}

describe('the network’s worker host', () => {
  it('starts a run: its split, PCA’s map and accuracy, and the untrained map scored', () => {
    const { heard, last } = host();
    const run = heard[0]!;
    if (run.kind !== 'run') throw new Error('the first message names the run');
    expect(run.heldOut.reduce((a, b) => a + b, 0)).toBe(597);
    expect(run.pca).toHaveLength(2 * 1797);
    expect(run.pcaAccuracy).toBeGreaterThan(0.5);
    expect(last()).toMatchObject({ steps: 0, playing: false, losses: [], divergedAt: null });
    expect(last().accuracy.map((point) => point.step)).toEqual([0]);
    expect(last().accuracy[0]!.value).toBeGreaterThan(0);
  });

  it('takes one step for Step, and steps in slices for Play until Pause', () => {
    const { hear, queued, last, runNext } = host();
    hear({ kind: 'step' });
    expect(last()).toMatchObject({ steps: 1, playing: false });
    expect(last().losses).toHaveLength(1);

    hear({ kind: 'play' });
    expect(queued).toHaveLength(1);
    runNext();
    const first = last();
    // The fake clock moves 1 ms a reading: a slice holds about SLICE_MS / 2 steps.
    expect(first.steps).toBeGreaterThan(1 + SLICE_MS / 4);
    expect(first.losses).toHaveLength(first.steps - 1);
    expect(first.playing).toBe(true);
    expect(queued).toHaveLength(1);

    hear({ kind: 'pause' });
    runNext();
    expect(last()).toMatchObject({ steps: first.steps, playing: false });
    expect(queued).toHaveLength(0);
  });

  it('keeps the run for a new margin and starts a new one for new digits; Reset starts afresh', () => {
    const { hear, heard, last } = host();
    hear({ kind: 'step' });
    hear({ kind: 'settings', settings: { ...DEFAULT_NETWORK_SETTINGS, margin: 2 } });
    hear({ kind: 'step' });
    expect(last()).toMatchObject({ run: 1, steps: 2 });
    hear({ kind: 'settings', settings: { ...DEFAULT_NETWORK_SETTINGS, digits: [4, 9] } });
    expect(heard.filter((message) => message.kind === 'run')).toHaveLength(2);
    expect(last()).toMatchObject({ run: 2, steps: 0 });
    hear({ kind: 'step' });
    hear({ kind: 'reset' });
    expect(last()).toMatchObject({ run: 3, steps: 0 });
  });

  it('stops a diverging run, says at which step, and keeps sending its last finite map', () => {
    const { hear, last, runNext } = host({ learningRate: 1000, optimiser: 'sgd' });
    hear({ kind: 'play' });
    for (let k = 0; k < 100 && last().divergedAt === null; k++) runNext();
    const stopped = last();
    expect(stopped.divergedAt).toBeGreaterThan(0);
    expect(stopped.playing).toBe(false);
    expect(stopped.map.every(Number.isFinite)).toBe(true);
    hear({ kind: 'play' });
    expect(last().steps).toBe(stopped.steps);
  });
});
