/**
 * Hands the store and its evaluator to the components. A context (rather than a module-level
 * store) lets each test render with a fresh store, as zustand's docs recommend.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createEvaluator, type Evaluate, type Evaluation } from '../scene/evaluation';
import type { Explorer, ExplorerActions, ExplorerStore } from '../scene/store';

interface ExplorerContextValue {
  readonly store: ExplorerStore;
  readonly evaluate: Evaluate;
}

const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function ExplorerProvider({
  store,
  children,
}: {
  store: ExplorerStore;
  children: ReactNode;
}) {
  const [evaluate] = useState(createEvaluator);
  const value = useMemo(() => ({ store, evaluate }), [store, evaluate]);
  return <ExplorerContext value={value}>{children}</ExplorerContext>;
}

function useExplorerContext(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('Explorer components must sit inside <ExplorerProvider>.');
  return value;
}

/** Subscribes to the smallest slice a component needs. */
export function useExplorer<T>(selector: (state: Explorer) => T): T {
  return useStore(useExplorerContext().store, selector);
}

/** The store's actions; stable for the store's lifetime, so they never cause a render. */
export function useActions(): ExplorerActions {
  return useExplorerContext().store.getState();
}

/** The loss of the current scene, shared by every view and recomputed once per scene change. */
export function useEvaluation(): Evaluation {
  const { evaluate } = useExplorerContext();
  return useExplorer((state) => evaluate(state.scene));
}
