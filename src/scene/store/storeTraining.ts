/**
 * The state of a gradient-descent run: how many steps, the loss after each, why it stopped. The
 * loop that takes the steps is the trainer (trainer.ts); this slice only records them.
 */
import { sameLossSettings, underLossOf, type Scene, type ScenePoint } from '../model';
import type { GetExplorer, SetExplorer } from './store';

export type TrainingStatus = 'idle' | 'running' | 'paused' | 'converged' | 'capped' | 'diverged';

/** How many recent positions a point's trail keeps. */
export const TRAIL_LENGTH = 300;

export interface Training {
  readonly status: TrainingStatus;
  /** Steps taken since the scene before training (CONTRACT.md `step-count`). */
  readonly steps: number;
  /** The scene before the first step, for Reset. */
  readonly start: Scene | null;
  /** The total loss before each step: losses[k] is the loss after k steps. */
  readonly losses: readonly number[];
  /** Why training stopped, or a warning while it runs, in plain words. */
  readonly message: string;
  /** Steps per second; Infinity takes as many as a frame has room for. */
  readonly speed: number;
  readonly showTrails: boolean;
  /** Recent positions of every point, oldest first. */
  readonly trail: readonly (readonly ScenePoint[])[];
}

export interface TrainingState {
  readonly training: Training;
}

export interface TrainingActions {
  startTraining: () => void;
  /** One step taken: the points' new positions, and the loss they had before it. */
  recordStep: (points: readonly ScenePoint[], lossBefore: number) => void;
  /** Stops a run (a no-op when none runs); the run becomes one step of the history. */
  stopTraining: (status?: Exclude<TrainingStatus, 'running' | 'idle'>, message?: string) => void;
  setTrainingMessage: (message: string) => void;
  /** Back to the scene before training, as one step of the history. */
  resetTraining: () => void;
  /** Forgets the run (its steps, its start): the scene has been replaced by a load or an undo. */
  clearTraining: () => void;
  setTrainingSpeed: (stepsPerSecond: number) => void;
  setShowTrails: (on: boolean) => void;
}

/**
 * A run a class can follow: five steps a second, each point drawing its path. (At the default
 * rates a run on the example takes about 35 steps, so several seconds.)
 */
const idle: Training = {
  status: 'idle',
  steps: 0,
  start: null,
  losses: [],
  message: '',
  speed: 5,
  showTrails: true,
  trail: [],
};

export function trainingSlice(set: SetExplorer, get: GetExplorer): TrainingState & TrainingActions {
  const update = (change: Partial<Training>) => set({ training: { ...get().training, ...change } });
  return {
    training: idle,

    startTraining() {
      const { training, scene } = get();
      if (training.status === 'running') return;
      const fresh = training.steps === 0;
      update({
        status: 'running',
        message: '',
        ...(fresh
          ? { start: scene, losses: [], trail: training.showTrails ? [scene.points] : [] }
          : {}),
      });
    },

    recordStep(points, lossBefore) {
      const { training, scene } = get();
      set({
        scene: { ...scene, points },
        training: {
          ...training,
          steps: training.steps + 1,
          start: training.start ?? scene,
          losses: [...training.losses, lossBefore],
          trail: training.showTrails
            ? [...training.trail, points].slice(-TRAIL_LENGTH)
            : training.trail,
        },
      });
    },

    stopTraining(status = 'paused', message = '') {
      if (get().training.status !== 'running') return;
      update({ status, message });
      get().commitEdit();
    },

    setTrainingMessage(message) {
      update({ message });
    },

    resetTraining() {
      const { training, scene } = get();
      const start = training.start;
      set({ training: { ...idle, speed: training.speed, showTrails: training.showTrails } });
      if (start && start !== scene) {
        get().commitEdit();
        // Back to where the points started, under the loss, temperature and rate chosen now (a
        // run that flew off is reset after lowering the rate).
        const same = sameLossSettings(start, scene) && start.lr === scene.lr;
        // A reset is a load of the start: the view is fitted to it again.
        set((state) => ({
          scene: same ? start : { ...underLossOf(start, scene), lr: scene.lr },
          loads: state.loads + 1,
        }));
        get().commitEdit();
      }
    },

    clearTraining() {
      const { training } = get();
      set({ training: { ...idle, speed: training.speed, showTrails: training.showTrails } });
    },

    setTrainingSpeed(stepsPerSecond) {
      if (stepsPerSecond > 0) update({ speed: stepsPerSecond });
    },

    setShowTrails(on) {
      update({ showTrails: on, trail: on ? [get().scene.points] : [] });
    },
  };
}
