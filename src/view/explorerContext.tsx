/**
 * Hands the store, its evaluator and the trainer to the components. A context (rather than a module-level
 * store) lets each test render with a fresh store, as zustand's docs recommend.
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
import { createEvaluator, type Evaluate, type Evaluation } from '../scene/evaluation';
import { createTrainer, type Trainer } from '../scene/trainer';
import type { Explorer, ExplorerActions, ExplorerStore } from '../scene/store';

interface ExplorerContextValue {
  readonly store: ExplorerStore;
  readonly evaluate: Evaluate;
  readonly trainer: Trainer;
}

const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function ExplorerProvider({
  store,
  children,
}: {
  store: ExplorerStore;
  children: ReactNode;
}) {
  // One evaluator per store, shared by the views and the trainer, so a step and a frame reuse
  // each other's work.
  const [value] = useState(() => {
    const evaluate = createEvaluator();
    return { store, evaluate, trainer: createTrainer(store, evaluate) };
  });
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
export function useActions(): ExplorerActions {
  return useExplorerContext().store.getState();
}

/** The loss of the current scene, shared by every view and recomputed once per scene change. */
export function useEvaluation(): Evaluation {
  const { evaluate } = useExplorerContext();
  const snapshot = useContext(SnapshotContext);
  return useExplorer((state) => snapshot?.evaluation ?? evaluate(state.scene));
}

/** How long the page must stay still before views out of sight catch up, ms. */
const CATCH_UP_AFTER = 300;

/** Whether a mouse button, finger or pen is down anywhere on the page: an edit may be going on. */
const pointer = { held: false, released: new Set<() => void>() };
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pointer.held = true), true);
  const release = () => {
    pointer.held = false;
    for (const listener of pointer.released) listener();
  };
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/**
 * Lets the views inside follow the store frame by frame while `live`; otherwise they see the state
 * as it was when they last rendered, and catch up once the page has been still for a moment and
 * no pointer is held (a slow frame in the middle of a drag is not the end of it). Catching up is a
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
      if (!pending) return;
      if (pointer.held) return; // `released` calls back when the pointer lets go.
      pending = false;
      startTransition(() => setCatchUps((n) => n + 1));
    };
    const unsubscribe = store.subscribe(() => {
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(catchUp, CATCH_UP_AFTER);
    });
    pointer.released.add(catchUp);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      pointer.released.delete(catchUp);
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
