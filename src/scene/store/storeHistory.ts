/**
 * Undo and redo, and the gesture in progress. A step of the history is a moment: the scene and the
 * lesson being built, so Undo takes back a lesson's edit (a step added, moved, captioned) as it
 * takes back a drag. Every edit ends in a commit: discrete edits (add a point, load a preset, edit
 * the lesson) commit themselves; continuous ones (a drag, a slider, a training run) are
 * committed when the gesture ends (see `connectGestures`), so a whole drag is one step. The end of
 * a gesture is the one signal the rest of the page waits for: the views that follow at their own
 * pace catch up, and the link is written, in the same task as the pointer-up or key-up.
 */
import type { Lesson } from '../lesson/lesson';
import type { Scene } from '../model';
import type { GetExplorer, SetExplorer } from './store';

/** How many steps back the history reaches. */
export const HISTORY_LIMIT = 100;

/** What one step of the history brings back. */
export interface Moment {
  readonly scene: Scene;
  readonly lesson: Lesson;
}

export interface HistoryState {
  /** Committed moments before the current one, oldest first. */
  readonly past: readonly Moment[];
  /** Moments undone, next first. */
  readonly future: readonly Moment[];
  /** The scene as last committed; the current one differs while an edit is under way. */
  readonly committed: Scene;
  /** Whether a hand is on the page: a pointer button, a finger or a key is down. */
  readonly gesturing: boolean;
}

export interface HistoryActions {
  /** Makes the current scene a step of its own, if it changed since the last one. */
  commitEdit: () => void;
  /** Replaces the lesson as a step of its own (after committing the scene's pending edit). */
  commitLesson: (lesson: Lesson) => void;
  undo: () => void;
  redo: () => void;
  /** Starts the history afresh from the current scene (the link the page opened with). */
  forgetHistory: () => void;
  /** A pointer or a key went down. */
  beginGesture: () => void;
  /** The last pointer and key are up: the edit they made becomes one step of the history. */
  endGesture: () => void;
}

export function historySlice(
  set: SetExplorer,
  get: GetExplorer,
  initial: Scene,
): HistoryState & HistoryActions {
  /** The moment now, as the history keeps it. */
  const now = (): Moment => ({ scene: get().committed, lesson: get().lesson });
  /**
   * Moves to a moment from the history: no refit of the axes, nothing selected, no training. A
   * lesson's edit leaves the scene as it is.
   */
  const travel = (
    { scene, lesson }: Moment,
    past: readonly Moment[],
    future: readonly Moment[],
  ) => {
    if (scene === get().committed) {
      set({ lesson, past, future });
      return;
    }
    get().stopTraining();
    get().clearTraining();
    set({
      scene,
      lesson,
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
    gesturing: false,

    commitEdit() {
      const { scene, committed, past } = get();
      // Gliding points are on their way to the step just committed, not an edit.
      if (scene === committed || get().glide) return;
      set({ past: [...past, now()].slice(-HISTORY_LIMIT), future: [], committed: scene });
    },

    commitLesson(lesson) {
      get().commitEdit();
      if (lesson === get().lesson) return;
      set({ past: [...get().past, now()].slice(-HISTORY_LIMIT), future: [], lesson });
    },

    undo() {
      get().commitEdit();
      const { past, future } = get();
      const previous = past[past.length - 1];
      if (previous) travel(previous, past.slice(0, -1), [now(), ...future]);
    },

    redo() {
      get().commitEdit();
      const { past, future } = get();
      const [next, ...rest] = future;
      if (next) travel(next, [...past, now()].slice(-HISTORY_LIMIT), rest);
    },

    forgetHistory() {
      set({ past: [], future: [], committed: get().scene });
    },

    beginGesture() {
      if (!get().gesturing) set({ gesturing: true });
    },

    endGesture() {
      // A running training is committed when it stops, as one step.
      if (get().training.status !== 'running') get().commitEdit();
      if (get().gesturing) set({ gesturing: false });
    },
  };
}

/** The parts of `window` gestures are read from. */
export interface GestureTarget {
  addEventListener(
    type: GestureEvent,
    listener: (event: GestureSource) => void,
    capture?: boolean,
  ): void;
  removeEventListener(
    type: GestureEvent,
    listener: (event: GestureSource) => void,
    capture?: boolean,
  ): void;
}

type GestureEvent = 'pointerdown' | 'pointerup' | 'pointercancel' | 'keydown' | 'keyup' | 'blur';

/** What a gesture listener reads of an event: which pointer or key it was. */
interface GestureSource {
  readonly pointerId?: number;
  readonly code?: string;
}

/**
 * Follows the pointers and keys that are down, and tells the store when the first goes down and
 * when the last comes up (ending the gesture: see `endGesture`). Leaving the window lets go of
 * everything, as its key-ups and pointer-ups will never arrive.
 */
export function connectGestures(
  store: { getState(): Pick<HistoryActions, 'beginGesture' | 'endGesture'> },
  target: GestureTarget,
): () => void {
  const down = new Set<string>();
  const press = (key: string) => {
    down.add(key);
    store.getState().beginGesture();
  };
  const release = (key: string) => {
    down.delete(key);
    if (down.size === 0) store.getState().endGesture();
  };
  const listeners: [GestureEvent, (event: GestureSource) => void][] = [
    ['pointerdown', (event) => press(`pointer ${event.pointerId}`)],
    ['pointerup', (event) => release(`pointer ${event.pointerId}`)],
    ['pointercancel', (event) => release(`pointer ${event.pointerId}`)],
    ['keydown', (event) => press(`key ${event.code}`)],
    ['keyup', (event) => release(`key ${event.code}`)],
    [
      'blur',
      () => {
        down.clear();
        store.getState().endGesture();
      },
    ],
  ];
  for (const [type, listener] of listeners) target.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener, true);
  };
}
