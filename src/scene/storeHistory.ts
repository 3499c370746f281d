/**
 * Undo and redo. Every edit ends in a commit: discrete edits (add a point, load a preset) commit
 * themselves; continuous ones (a drag, a slider, a training run) are committed when the gesture
 * ends (see `connectGestures`), so a whole drag is one step.
 */
import type { Scene } from './model';
import type { GetExplorer, SetExplorer } from './store';

/** How many steps back the history reaches. */
export const HISTORY_LIMIT = 100;

export interface HistoryState {
  /** Committed scenes before the current one, oldest first. */
  readonly past: readonly Scene[];
  /** Scenes undone, next first. */
  readonly future: readonly Scene[];
  /** The scene as last committed; the current one differs while an edit is under way. */
  readonly committed: Scene;
}

export interface HistoryActions {
  /** Makes the current scene a step of its own, if it changed since the last one. */
  commitEdit(): void;
  undo(): void;
  redo(): void;
  /** Starts the history afresh from the current scene (the link the page opened with). */
  forgetHistory(): void;
}

export function historySlice(
  set: SetExplorer,
  get: GetExplorer,
  initial: Scene,
): HistoryState & HistoryActions {
  /** Moves to a scene from the history: no refit of the axes, nothing selected, no training. */
  const travel = (scene: Scene, past: readonly Scene[], future: readonly Scene[]) => {
    get().stopTraining();
    get().clearTraining();
    set({
      scene,
      committed: scene,
      past,
      future,
      highlight: null,
      selectedPair: null,
      pickFirst: null,
    });
  };
  return {
    past: [],
    future: [],
    committed: initial,

    commitEdit() {
      const { scene, committed, past } = get();
      if (scene === committed) return;
      set({ past: [...past, committed].slice(-HISTORY_LIMIT), future: [], committed: scene });
    },

    undo() {
      get().commitEdit();
      const { past, future, committed } = get();
      const previous = past[past.length - 1];
      if (previous) travel(previous, past.slice(0, -1), [committed, ...future]);
    },

    redo() {
      get().commitEdit();
      const { past, future, committed } = get();
      const [next, ...rest] = future;
      if (next) travel(next, [...past, committed].slice(-HISTORY_LIMIT), rest);
    },

    forgetHistory() {
      set({ past: [], future: [], committed: get().scene });
    },
  };
}

/** The parts of `window` gestures are read from. */
export interface GestureTarget {
  addEventListener(
    type: 'pointerup' | 'pointercancel' | 'keyup',
    listener: () => void,
    capture?: boolean,
  ): void;
  removeEventListener(
    type: 'pointerup' | 'pointercancel' | 'keyup',
    listener: () => void,
    capture?: boolean,
  ): void;
}

/** Commits whatever a pointer or key gesture changed, once it ends. */
export function connectGestures(
  store: { getState(): { commitEdit(): void; training: { status: string } } },
  target: GestureTarget,
): () => void {
  const end = () => {
    // A running training is committed when it stops, as one step.
    if (store.getState().training.status !== 'running') store.getState().commitEdit();
  };
  for (const type of ['pointerup', 'pointercancel', 'keyup'] as const)
    target.addEventListener(type, end, true);
  return () => {
    for (const type of ['pointerup', 'pointercancel', 'keyup'] as const)
      target.removeEventListener(type, end, true);
  };
}
