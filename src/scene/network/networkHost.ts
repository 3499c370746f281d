/**
 * The digits network's run, as its worker drives it (view/network/networkWorker.ts): Play steps in slices of a
 * few milliseconds and sends the map after each, so a Pause, a Step or a new setting is heard
 * within one slice. Written apart from the worker so unit tests drive it in the same thread.
 */
import {
  createNetworkRun,
  pcaBaseline,
  restartsRun,
  type DigitImages,
  type NetworkRun,
  type NetworkSettings,
} from '../../engine';
import type { AccuracyPoint, FromNetwork, ToNetwork } from './protocol';

/**
 * How long one slice of steps may run before the map is sent and messages are heard, ms. Sending
 * maps all 1,797 images, about three steps' work: a slice of 30 ms keeps that near a tenth of the
 * time and the map moving at about 25 frames a second.
 */
export const SLICE_MS = 30;
/** While playing, the held-out accuracy is measured at most this often, ms. */
const SCORE_MS = 150;

/** The worker's clock and its way to run something after pending messages. */
export interface HostClock {
  now(): number;
  later(callback: () => void): void;
}

export type Post = (message: FromNetwork, transfer: Transferable[]) => void;

export function createNetworkHost(post: Post, clock: HostClock): (message: ToNetwork) => void {
  let images: DigitImages | null = null;
  let settings: NetworkSettings | null = null;
  let run: NetworkRun | null = null;
  let runId = 0;
  let playing = false;
  let looping = false;
  let divergedAt: number | null = null;
  let losses: number[] = [];
  let accuracy: AccuracyPoint[] = [];
  let map = new Float64Array(0);
  /** The steps at which the map was last made and last scored, and when it was scored. */
  let mapped = -1;
  let scored = -1;
  let scoredAt = -Infinity;

  /** Sends the map and what happened since the last send; a new map is also scored. */
  const send = () => {
    if (!run) return;
    // A diverged run keeps showing its last finite map.
    if (!run.diverged) {
      if (run.steps !== mapped) {
        run.embed(map);
        mapped = run.steps;
      }
      // Scoring costs about as much as mapping: while playing, a few times a second is enough.
      const due = !playing || clock.now() - scoredAt >= SCORE_MS;
      if (mapped !== scored && due) {
        accuracy.push({ step: mapped, value: run.accuracy(map) });
        scored = mapped;
        scoredAt = clock.now();
      }
    }
    const copy = map.slice();
    post(
      {
        kind: 'progress',
        run: runId,
        steps: run.steps,
        playing,
        losses,
        accuracy,
        map: copy,
        divergedAt,
      },
      [copy.buffer],
    );
    losses = [];
    accuracy = [];
  };

  /** One step; false once the run has diverged (and stopped playing). */
  const stepOnce = (live: NetworkRun): boolean => {
    const loss = live.step();
    if (live.diverged) {
      divergedAt ??= live.steps + 1;
      playing = false;
      return false;
    }
    losses.push(loss);
    return true;
  };

  const slice = () => {
    looping = false;
    const live = run;
    if (!playing || !live) return;
    // No message can come in during a slice: only a divergence stops it early.
    const start = clock.now();
    let going = stepOnce(live);
    while (going && clock.now() - start < SLICE_MS) going = stepOnce(live);
    send();
    if (going) schedule();
  };

  const schedule = () => {
    if (looping) return;
    looping = true;
    clock.later(slice);
  };

  const begin = () => {
    if (!images || !settings) return;
    runId++;
    run = createNetworkRun(images, settings);
    divergedAt = null;
    losses = [];
    accuracy = [];
    map = new Float64Array(images.count * 2);
    mapped = -1;
    scored = -1;
    const baseline = pcaBaseline(images, run.split, settings.digits);
    const heldOut = new Uint8Array(images.count);
    for (const i of run.split.heldOut) heldOut[i] = 1;
    post({ kind: 'run', run: runId, heldOut, pca: baseline.map, pcaAccuracy: baseline.accuracy }, [
      heldOut.buffer,
      baseline.map.buffer,
    ]);
    send();
    if (playing) schedule();
  };

  return (message) => {
    switch (message.kind) {
      case 'start':
        images = message.images;
        settings = message.settings;
        begin();
        break;
      case 'settings': {
        const before = settings;
        settings = message.settings;
        if (!before || restartsRun(before, settings)) begin();
        else run?.retune(settings);
        break;
      }
      case 'play':
        if (!run || run.diverged) break;
        playing = true;
        schedule();
        send();
        break;
      case 'pause':
        playing = false;
        send();
        break;
      case 'step':
        playing = false;
        if (run && !run.diverged) stepOnce(run);
        send();
        break;
      case 'reset':
        playing = false;
        begin();
        break;
      case 'paint':
        // The worker's painter hears these, not the run.
        break;
    }
  };
}
