/**
 * The loop that plays gradient descent: on every animation frame it takes as many steps as the
 * chosen speed asks for (or as fit in a few milliseconds, at full speed), records them, and stops
 * when a step says so. Play, Pause, Step and Reset drive it.
 */
import type { Evaluate } from '../evaluation';
import type { ExplorerStore } from '../store/store';
import { lossIsRising, trainingStep } from '../training';

export interface Trainer {
  play: () => void;
  pause: () => void;
  /** One step; from a paused or idle run. */
  step: () => void;
  reset: () => void;
}

/**
 * How the trainer and the frame loop (view/frame/frameLoop.ts) wait for frames and read the
 * time; the browser's own, or a test's.
 */
export interface Clock {
  now(): number;
  frame(callback: () => void): number;
  cancel(handle: number): void;
}

export const browserClock: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** At full speed, the share of a frame the steps may take, ms. */
const FULL_SPEED_BUDGET = 8;

export function createTrainer(
  store: ExplorerStore,
  evaluate: Evaluate,
  clock: Clock = browserClock,
): Trainer {
  let handle: number | undefined;
  let last = 0;
  let owed = 0;

  /** One step; false when training stopped instead. */
  const stepOnce = (): boolean => {
    const state = store.getState();
    const evaluation = evaluate(state.scene);
    const outcome = trainingStep(state.scene, evaluation, state.training.losses, state.held);
    if (outcome.kind === 'stopped') {
      if (state.training.status !== 'running') state.startTraining();
      store.getState().stopTraining(outcome.status, outcome.message);
      return false;
    }
    store.getState().recordStep(outcome.points, evaluation.total);
    const after = store.getState();
    const rising = lossIsRising(after.training.losses, evaluate(after.scene).total);
    const warning = rising
      ? 'The loss has risen at every one of the last 10 steps: the learning rate is probably too large for this scene.'
      : '';
    if (after.training.message !== warning) after.setTrainingMessage(warning);
    return true;
  };

  const tick = () => {
    handle = undefined;
    const { training } = store.getState();
    if (training.status !== 'running') return;
    const now = clock.now();
    if (training.speed === Infinity) {
      while (clock.now() - now < FULL_SPEED_BUDGET && stepOnce()) {
        if (store.getState().training.status !== 'running') break;
      }
    } else {
      owed += ((now - last) / 1000) * training.speed;
      // A frame never catches up more than a handful of steps after a stall.
      owed = Math.min(owed, Math.max(1, training.speed / 10));
      while (owed >= 1 && store.getState().training.status === 'running') {
        owed -= 1;
        if (!stepOnce()) break;
      }
    }
    last = now;
    if (store.getState().training.status === 'running') handle = clock.frame(tick);
  };

  const stopLoop = () => {
    if (handle !== undefined) clock.cancel(handle);
    handle = undefined;
  };

  return {
    play() {
      store.getState().startTraining();
      last = clock.now();
      owed = 1;
      stopLoop();
      handle = clock.frame(tick);
    },
    pause() {
      stopLoop();
      store.getState().stopTraining('paused');
    },
    step() {
      stopLoop();
      const state = store.getState();
      if (state.training.status === 'running') state.stopTraining('paused');
      store.getState().startTraining();
      if (stepOnce()) store.getState().stopTraining('paused');
    },
    reset() {
      stopLoop();
      store.getState().resetTraining();
    },
  };
}
