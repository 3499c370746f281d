/**
 * The one store (zustand, vanilla: usable without React). Actions live beside the state, are the
 * only writers, and check what they accept; losses and gradients are derived elsewhere. The
 * actions come in slices, one file each: the scene itself (here), history, editing, training, the
 * display, the digits network's settings and the lesson.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_LOSS,
  isLossId,
  projectToCircle,
  type KnobDefinition,
  type LossId,
} from '../../engine';
import { defaultScene } from '../defaultScene';
import { sceneToHash } from '../codec/link';
import {
  clamp,
  LIMITS,
  lossIdOf,
  knobValue,
  normaliseScene,
  scenePairCount,
  tidy,
  withKnob,
  type Scene,
} from '../model';
import { displaySlice, type DisplayActions, type DisplayState } from './storeDisplay';
import { editingSlice, type EditingActions, type EditingState } from './storeEditing';
import { historySlice, type HistoryActions, type HistoryState } from './storeHistory';
import { lessonSlice, type LessonActions, type LessonState } from './storeLesson';
import { networkSlice, type NetworkActions, type NetworkState } from './storeNetwork';
import { trainingSlice, type TrainingActions, type TrainingState } from './storeTraining';
import { validateScene } from '../codec/validate';

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

/**
 * A term of the active loss chosen in its table (a triplet's anchor, positive and negative), by
 * index and by label: once the scene changes under it (a point deleted, another scene loaded) the
 * labels no longer match and the choice lapses by itself.
 */
export interface ChosenTerm {
  readonly points: readonly number[];
  readonly labels: readonly string[];
}

/** A message the page shows with role="alert". */
export interface Notice {
  readonly title: string;
  readonly problems: readonly string[];
  /** The scene the user had before the notice's action replaced it, offered back. */
  readonly previous?: Scene;
}

export interface SceneState {
  readonly scene: Scene;
  /** Counts scene loads: the plane refits its axes after a load, never in the middle of an edit. */
  readonly loads: number;
  readonly notice: Notice | null;
  readonly highlight: Highlight;
  readonly chosenTerm: ChosenTerm | null;
  /** The pair the formula, the steps and the sensitivity chart are about (index in pair order). */
  readonly selectedPair: number | null;
}

/** Whether a load is a new step in the history, or replaces it (the link a page opens with). */
export type LoadHistory = 'push' | 'replace';

export interface SceneActions {
  /** Moves one point; coordinates are clamped to ±1e6, and kept on the unit circle with `norm`. */
  movePoint: (index: number, x: number, y: number) => void;
  /**
   * Moves one point by (dx, dy) from where the store has it now (an arrow key's step), so presses
   * faster than the frames that show them all count; the result is tidied to the step's digits.
   */
  nudgePoint: (index: number, dx: number, dy: number) => void;
  /** Sets a knob (the margin, τ), clamped to its range. */
  setKnob: (knob: KnobDefinition, value: number) => void;
  /**
   * Scores and trains the same points with another loss. Points, selection and a running
   * training stay; the loss curve starts afresh, as totals of two losses do not compare.
   */
  setLoss: (loss: LossId) => void;
  /** Replaces the scene after checking it; a scene that breaks a rule leaves a notice instead. */
  loadScene: (scene: Scene, history?: LoadHistory) => boolean;
  /** Shows the default scene because a link was broken, keeping what the user had on offer. */
  rejectLink: (problems: readonly string[]) => void;
  /** Takes back the scene a notice kept. */
  restorePrevious: () => void;
  /** Shows a notice and changes nothing else (a file that could not be read, storage trouble). */
  showNotice: (title: string, problems: readonly string[]) => void;
  dismissNotice: () => void;
  setHighlight: (highlight: Highlight) => void;
  /** Chooses a term of the active loss in its table (null: none), which the plane then draws. */
  chooseTerm: (term: ChosenTerm | null) => void;
  /** Selects a pair of the current scene, or clears the selection with null. */
  selectPair: (index: number | null) => void;
}

export type ExplorerState = SceneState &
  HistoryState &
  EditingState &
  TrainingState &
  DisplayState &
  NetworkState &
  LessonState;
export type ExplorerActions = SceneActions &
  HistoryActions &
  EditingActions &
  TrainingActions &
  DisplayActions &
  NetworkActions &
  LessonActions;
export type Explorer = ExplorerState & ExplorerActions;
export type ExplorerStore = StoreApi<Explorer>;
export type SetExplorer = StoreApi<Explorer>['setState'];
export type GetExplorer = StoreApi<Explorer>['getState'];

/**
 * What every change of scene by load (not by edit) resets. A loaded scene is no lesson step's,
 * unless going to the step loaded it (storeLesson.ts says so after the load).
 */
const freshView = {
  highlight: null,
  selectedPair: null,
  pickFirst: null,
  activePoint: null,
  stepScene: null,
} as const;

export function createExplorerStore(initial: Scene = defaultScene): ExplorerStore {
  return createStore<Explorer>()((set, get) => ({
    scene: initial,
    loads: 0,
    notice: null,
    highlight: null,
    chosenTerm: null,
    selectedPair: null,
    ...historySlice(set, get, initial),
    ...editingSlice(set, get),
    ...trainingSlice(set, get),
    ...displaySlice(set, get),
    ...networkSlice(set, get),
    ...lessonSlice(set, get),

    movePoint(index, x, y) {
      const { scene } = get();
      const point = scene.points[index];
      if (!point || !Number.isFinite(x) || !Number.isFinite(y)) return;
      const limit = LIMITS.maxCoordinate;
      let [nx, ny] = [clamp(x, -limit, limit), clamp(y, -limit, limit)];
      if (scene.norm) [nx, ny] = projectToCircle(nx, ny).map(tidy) as [number, number];
      if (nx === point.x && ny === point.y) return;
      const points = scene.points.slice();
      points[index] = { ...point, x: nx, y: ny };
      set({ scene: { ...scene, points } });
    },

    nudgePoint(index, dx, dy) {
      const point = get().scene.points[index];
      if (point) get().movePoint(index, tidy(point.x + dx), tidy(point.y + dy));
    },

    setKnob(knob, wanted) {
      const { scene } = get();
      if (!Number.isFinite(wanted)) return;
      const value = tidy(clamp(wanted, knob.min, knob.max));
      if (value !== knobValue(scene, knob)) set({ scene: withKnob(scene, knob, value) });
    },

    setLoss(loss) {
      const { scene, training } = get();
      if (!isLossId(loss) || loss === lossIdOf(scene)) return;
      // A step of its own in the history, as a click's change lands after its gesture has ended;
      // during a run it joins the run's one step.
      const commit = () => training.status !== 'running' && get().commitEdit();
      commit();
      // A scene without a chosen rate trains at the new loss's own default (they differ a lot:
      // the triplet loss sums about n³ terms); a rate the user chose stays theirs.
      set({
        scene: { ...scene, loss: loss === DEFAULT_LOSS ? undefined : loss },
        training: { ...training, losses: [] },
      });
      commit();
    },

    loadScene(scene, history = 'push') {
      const checked = validateScene(scene, (path) => path.join(' '));
      if (!checked.ok) {
        set({ notice: { title: 'That scene could not be loaded', problems: checked.problems } });
        return false;
      }
      const loaded = normaliseScene(checked.value);
      // The same scene again (Generate pressed twice) is not a step worth undoing.
      if (history === 'push' && sceneToHash(loaded) === sceneToHash(get().scene)) return true;
      get().stopTraining();
      get().clearTraining();
      if (history === 'push') get().commitEdit();
      set((state) => ({ scene: loaded, loads: state.loads + 1, ...freshView }));
      if (history === 'push') get().commitEdit();
      else get().forgetHistory();
      return true;
    },

    rejectLink(problems) {
      const { scene } = get();
      get().stopTraining();
      get().clearTraining();
      set((state) => ({
        notice: {
          title: 'This link could not be opened, so the page shows the example scene',
          problems,
          ...(sceneToHash(scene) === sceneToHash(defaultScene) ? {} : { previous: scene }),
        },
        scene: defaultScene,
        loads: state.loads + 1,
        ...freshView,
      }));
      get().commitEdit();
    },

    restorePrevious() {
      const previous = get().notice?.previous;
      if (previous && get().loadScene(previous)) set({ notice: null });
    },

    showNotice(title, problems) {
      set({ notice: { title, problems } });
    },

    dismissNotice() {
      set({ notice: null });
    },

    setHighlight(highlight) {
      // The same thing lit twice (a grab also focuses the point) is no change.
      if (JSON.stringify(highlight) !== JSON.stringify(get().highlight)) set({ highlight });
    },

    chooseTerm(chosenTerm) {
      set({ chosenTerm });
    },

    selectPair(index) {
      const count = scenePairCount(get().scene);
      if (index === null || (Number.isInteger(index) && index >= 0 && index < count)) {
        set({ selectedPair: index });
      }
    },
  }));
}
