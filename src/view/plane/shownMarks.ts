/**
 * Which of the plane's optional marks are drawn: margin circles, pair lines, point labels. A link
 * can leave them out (`hide=circles,lines,labels`, the display's hidden controls), and the "Show"
 * toggles beside the plane turn each on or off (the display's `marks`). A toggle is the reader's
 * word over the link's, until the link's list of hidden things changes (the hash edited by
 * hand): then the link speaks again.
 */
import { hiddenKey, type MarkChoices } from '../../scene/store/storeDisplay';
import type { MarkName } from '../../scene/codec/viewLink';
import { useDisplay } from '../presentation/useDisplay';

export type ShownMarks = Readonly<Record<MarkName, boolean>>;

/** The marks drawn, from the link's hidden list and the reader's toggles. */
export function shownMarks(hidden: readonly string[], marks: MarkChoices): ShownMarks {
  const chosen = marks.under === hiddenKey(hidden) ? marks.chosen : {};
  const shown = (name: MarkName) => chosen[name] ?? !hidden.includes(name);
  return { circles: shown('circles'), lines: shown('lines'), labels: shown('labels') };
}

export function useShownMarks(): ShownMarks {
  const hidden = useDisplay((display) => display.hidden);
  const marks = useDisplay((display) => display.marks);
  return shownMarks(hidden, marks);
}
