/**
 * The one store (zustand, vanilla: usable without React). Actions live beside the state, are the
 * only writers, and check what they accept; losses and gradients are derived elsewhere.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { defaultScene } from './defaultScene';
import { sceneToHash } from './link';
import { LIMITS, scenePairCount, type Scene } from './model';
import { validateScene } from './validate';

/** The parts of the loss formula a reader can point at; the plane lights up what each refers to. */
export type FormulaTerm = 'similar' | 'dissimilar' | 'margin';

/**
 * What the pointer or keyboard focus is on: a point, a pair, or a term of the formula. The
 * plane, the table, the charts and the formula all light it up.
 */
export type Highlight =
  | { kind: 'point'; index: number }
  | { kind: 'pair'; index: number }
  | { kind: 'term'; term: FormulaTerm }
  | null;

/** A message the page shows with role="alert". */
export interface Notice {
  readonly title: string;
  readonly problems: readonly string[];
  /** The scene the user had before the notice's action replaced it, offered back. */
  readonly previous?: Scene;
}

export interface ExplorerState {
  readonly scene: Scene;
  /** Counts scene loads: the plane refits its axes after a load, never in the middle of an edit. */
  readonly loads: number;
  readonly notice: Notice | null;
  readonly highlight: Highlight;
  /** The pair the formula, the steps and the sensitivity chart are about (index in pair order). */
  readonly selectedPair: number | null;
}

export interface ExplorerActions {
  /** Moves one point; coordinates are clamped to the contract's ±1e6. */
  movePoint(index: number, x: number, y: number): void;
  /** Sets the margin, clamped to 0 … 100. */
  setMargin(margin: number): void;
  /** Replaces the scene after checking it; a scene that breaks a rule leaves a notice instead. */
  loadScene(scene: Scene): boolean;
  /** Shows the default scene because a link was broken, keeping what the user had on offer. */
  rejectLink(problems: readonly string[]): void;
  /** Takes back the scene a notice kept. */
  restorePrevious(): void;
  dismissNotice(): void;
  setHighlight(highlight: Highlight): void;
  /** Selects a pair of the current scene, or clears the selection with null. */
  selectPair(index: number | null): void;
}

export type Explorer = ExplorerState & ExplorerActions;
export type ExplorerStore = StoreApi<Explorer>;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function createExplorerStore(initial: Scene = defaultScene): ExplorerStore {
  return createStore<Explorer>()((set, get) => ({
    scene: initial,
    loads: 0,
    notice: null,
    highlight: null,
    selectedPair: null,

    movePoint(index, x, y) {
      const { scene } = get();
      const point = scene.points[index];
      if (!point || !Number.isFinite(x) || !Number.isFinite(y)) return;
      const limit = LIMITS.maxCoordinate;
      const moved = { ...point, x: clamp(x, -limit, limit), y: clamp(y, -limit, limit) };
      if (moved.x === point.x && moved.y === point.y) return;
      const points = scene.points.slice();
      points[index] = moved;
      set({ scene: { ...scene, points } });
    },

    setMargin(margin) {
      const { scene } = get();
      if (!Number.isFinite(margin)) return;
      const value = clamp(margin, 0, LIMITS.maxMargin);
      if (value !== scene.margin) set({ scene: { ...scene, margin: value } });
    },

    loadScene(scene) {
      const checked = validateScene(scene, (path) => path.join(' '));
      if (!checked.ok) {
        set({ notice: { title: 'That scene could not be loaded', problems: checked.problems } });
        return false;
      }
      set((state) => ({
        scene: checked.value,
        loads: state.loads + 1,
        highlight: null,
        selectedPair: null,
      }));
      return true;
    },

    rejectLink(problems) {
      const { scene } = get();
      set((state) => ({
        notice: {
          title: 'This link could not be opened, so the page shows the example scene',
          problems,
          ...(sceneToHash(scene) === sceneToHash(defaultScene) ? {} : { previous: scene }),
        },
        scene: defaultScene,
        loads: state.loads + 1,
        highlight: null,
        selectedPair: null,
      }));
    },

    restorePrevious() {
      const previous = get().notice?.previous;
      if (previous && get().loadScene(previous)) set({ notice: null });
    },

    dismissNotice() {
      set({ notice: null });
    },

    setHighlight(highlight) {
      // The same thing lit twice (a grab also focuses the point) is no change.
      if (JSON.stringify(highlight) !== JSON.stringify(get().highlight)) set({ highlight });
    },

    selectPair(index) {
      const count = scenePairCount(get().scene);
      if (index === null || (Number.isInteger(index) && index >= 0 && index < count)) {
        set({ selectedPair: index });
      }
    },
  }));
}
