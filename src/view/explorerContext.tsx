/**
 * Hands the store, its evaluator, the frame loop, the trainer and the background scorer of the
 * other losses to the components. A context
 * (rather than a module-level store) lets each test render with a fresh store, as zustand's docs
 * recommend.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { createEvaluator, type Evaluation } from '../scene/evaluation';
import { createOffload, lossWorkerPort } from '../scene/effects/offload';
import type { Scene } from '../scene/model';
import { createTrainer, type Clock, type Trainer } from '../scene/effects/trainer';
import type { Explorer, ExplorerActions, ExplorerStore } from '../scene/store/store';
import { createFrameLoop, LIVE_VIEWS_LIMIT, type FrameLoop } from './frame/frameLoop';
import {
  createBackgroundScores,
  spawnWorker,
  type BackgroundScores,
} from './tabs/compare/backgroundScores';

interface ExplorerContextValue {
  readonly store: ExplorerStore;
  /** The views' evaluation: exact, or borrowing a large scene's active loss from the worker. */
  readonly evaluate: (scene: Scene) => Evaluation;
  readonly frames: FrameLoop;
  readonly trainer: Trainer;
  /** Scores a large scene under the losses not in use, off the page's thread. */
  readonly backgroundScores: BackgroundScores;
}

const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function ExplorerProvider({
  store,
  clock,
  children,
}: {
  store: ExplorerStore;
  /** The frame loop's clock: the browser's animation frames, unless a test brings its own. */
  clock?: Clock;
  children: ReactNode;
}) {
  // One evaluator per store, shared by the frame loop and the trainer, so a step and a frame reuse
  // each other's work. A training step always takes the exact gradients; a frame may borrow them.
  const [value] = useState(() => {
    const evaluate = createEvaluator();
    const offload = createOffload(evaluate, lossWorkerPort);
    return {
      store,
      evaluate: offload.evaluate,
      offload,
      frames: createFrameLoop(store, offload.evaluate, clock, offload.subscribe),
      trainer: createTrainer(store, evaluate),
      backgroundScores: createBackgroundScores(spawnWorker),
    };
  });
  useEffect(() => {
    const stopOffload = value.offload.start();
    const stopFrames = value.frames.start();
    return () => {
      stopFrames();
      stopOffload();
    };
  }, [value]);
  return <ExplorerContext value={value}>{children}</ExplorerContext>;
}

function useExplorerContext(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('Explorer components must sit inside <ExplorerProvider>.');
  return value;
}

/** What a paused part of the page sees instead of the live store: the state when it paused. */
interface Snapshot {
  readonly state: Explorer;
  readonly evaluation: Evaluation;
}

const SnapshotContext = createContext<Snapshot | null>(null);

/** Subscribes to the smallest slice a component needs. */
export function useExplorer<T>(selector: (state: Explorer) => T): T {
  const snapshot = useContext(SnapshotContext);
  return useStore(useExplorerContext().store, (state) => selector(snapshot?.state ?? state));
}

/** The store itself, for event handlers that read the state at the moment they run. */
export function useExplorerStore(): ExplorerStore {
  return useExplorerContext().store;
}

/** Play, Pause, Step and Reset for gradient descent. */
export function useTrainer(): Trainer {
  return useExplorerContext().trainer;
}

/** The store's actions; stable for the store's lifetime, so they never cause a render. */
export function useBackgroundScores(): BackgroundScores {
  return useExplorerContext().backgroundScores;
}

export function useActions(): ExplorerActions {
  return useExplorerContext().store.getState();
}

/** The frame loop, for the parts of the plane that draw every frame without React. */
export function useFrames(): FrameLoop {
  return useExplorerContext().frames;
}

/**
 * The loss of the scene as the views show it (the frame loop's paced channel): every frame while
 * the scene is small, rendered at once; past LIVE_VIEWS_LIMIT points, ten times a second during a
 * gesture and exactly once it ends, rendered as a transition (in slices between frames, never
 * inside the frame the hand waits for). A large scene's paced frame causes no render of its own:
 * each view renders once, with the new evaluation.
 */
export function useEvaluation(): Evaluation {
  const snapshot = useContext(SnapshotContext);
  const { paced } = useExplorerContext().frames;
  const small = useStore(
    paced,
    (frame) => snapshot !== null || frame.evaluation.scene.points.length < LIVE_VIEWS_LIMIT,
  );
  // Small: subscribed as usual. Large (or paused): a constant, so new frames render nothing here.
  const shown = useStore(paced, (frame) => (small && !snapshot ? frame.evaluation : null));
  const [background, setBackground] = useState(() => paced.getState().evaluation);
  useEffect(() => {
    if (small) return;
    const follow = () => startTransition(() => setBackground(paced.getState().evaluation));
    // Whatever came between the first render and now, then every paced frame.
    follow();
    return paced.subscribe(follow);
  }, [small, paced]);
  return snapshot?.evaluation ?? shown ?? background;
}

/** The loss of the scene this very frame, for the few numbers that must move with the hand. */
export function useLiveEvaluation(): Evaluation {
  return useStore(useExplorerContext().frames.live, (frame) => frame.evaluation);
}

/** A hand going down or up changes nothing a paused view shows; its end calls back on its own. */
function onlyTheGestureChanged(state: Explorer, previous: Explorer): boolean {
  return (Object.keys(state) as (keyof Explorer)[]).every(
    (key) => key === 'gesturing' || state[key] === previous[key],
  );
}

/** How long the page must stay still before views out of sight catch up, ms. */
const CATCH_UP_AFTER = 300;

/**
 * Lets the views inside follow the paced frames while `live`; otherwise they see the state as it
 * was when they last rendered, and catch up once the page has been still for a moment and no hand
 * is on it (the store's gesture: a slow frame in the middle of a drag is not the end of it). Catching up is a
 * transition, rendered in slices between frames. Article sections out of view use it, so a drag
 * only pays for what is on screen.
 */
export function EvaluationPace({ live, children }: { live: boolean; children: ReactNode }) {
  const { store, evaluate } = useExplorerContext();
  const [catchUps, setCatchUps] = useState(0);
  useEffect(() => {
    if (live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const catchUp = () => {
      // A hand still on the page is not the end of the edit: the gesture's end calls back.
      if (!pending || store.getState().gesturing) return;
      pending = false;
      startTransition(() => setCatchUps((n) => n + 1));
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (previous.gesturing && !state.gesturing) catchUp();
      if (onlyTheGestureChanged(state, previous)) return;
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(catchUp, CATCH_UP_AFTER);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [live, store]);
  // Taken afresh whenever this renders: on pausing, and on each catch-up.
  const snapshot = useMemo(() => {
    if (live) return null;
    const state = store.getState();
    return { state, evaluation: evaluate(state.scene), catchUps };
  }, [live, store, evaluate, catchUps]);
  return <SnapshotContext value={snapshot}>{children}</SnapshotContext>;
}
