/**
 * Which of the plane's optional marks are drawn: margin circles, pair lines, point labels. A link
 * can leave them out (`hide=circles,lines,labels`, read into the display store with the other
 * hidden controls), and the "Show" toggles beside the plane turn each on or off. A toggle is the
 * reader's word over the link's, until the link's list of hidden things changes (the hash edited
 * by hand): then the link speaks again.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { displayStore } from '../presentation/display';
import { useDisplay } from '../presentation/useDisplay';

export const MARK_NAMES = ['circles', 'lines', 'labels'] as const;
export type MarkName = (typeof MARK_NAMES)[number];
export type ShownMarks = Readonly<Record<MarkName, boolean>>;

interface Toggles {
  /** What the reader turned on or off. */
  readonly chosen: Readonly<Partial<Record<MarkName, boolean>>>;
  /** The link's hidden list the choices were made under. */
  readonly under: string;
}

const toggles = createStore<Toggles>(() => ({ chosen: {}, under: '' }));

const keyOf = (hidden: readonly string[]) => [...hidden].sort().join(',');

/** The marks drawn, from the link's hidden list and the reader's toggles. */
export function shownMarks(hidden: readonly string[], state: Toggles): ShownMarks {
  const chosen = state.under === keyOf(hidden) ? state.chosen : {};
  const shown = (name: MarkName) => chosen[name] ?? !hidden.includes(name);
  return { circles: shown('circles'), lines: shown('lines'), labels: shown('labels') };
}

export function useShownMarks(): ShownMarks {
  const hidden = useDisplay((display) => display.hidden);
  const state = useStore(toggles);
  return shownMarks(hidden, state);
}

/** The marks drawn right now, for code outside React (an exported picture's legend). */
export function currentShownMarks(): ShownMarks {
  return shownMarks(displayStore.getState().hidden, toggles.getState());
}

export function setMarkShown(name: MarkName, on: boolean): void {
  const under = keyOf(displayStore.getState().hidden);
  const state = toggles.getState();
  const chosen = state.under === under ? state.chosen : {};
  toggles.setState({ chosen: { ...chosen, [name]: on }, under });
}
