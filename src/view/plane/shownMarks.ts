/**
 * Which of the plane's optional marks are drawn: margin circles, pair lines, point labels. A link
 * or a presented lesson's step can leave them out (`hide=circles,lines,labels`), and the "Show"
 * toggles beside the plane turn each on or off (the display's `marks`). A toggle is the reader's
 * word over the link's, until the list of hidden things changes (the hash edited by hand, another
 * step presented): then the link and the step speak again.
 */
import { hiddenKey, type MarkChoices } from '../../scene/store/storeDisplay';
import type { MarkName } from '../../scene/codec/viewLink';
import { useDisplay, useHidden } from '../theme/useDisplay';

export type ShownMarks = Readonly<Record<MarkName, boolean>>;

/** The marks drawn, from the link's hidden list and the reader's toggles. */
export function shownMarks(hidden: readonly string[], marks: MarkChoices): ShownMarks {
  const chosen = marks.under === hiddenKey(hidden) ? marks.chosen : {};
  const shown = (name: MarkName) => chosen[name] ?? !hidden.includes(name);
  return { circles: shown('circles'), lines: shown('lines'), labels: shown('labels') };
}

export function useShownMarks(): ShownMarks {
  const hidden = useHidden();
  const marks = useDisplay((display) => display.marks);
  return shownMarks(hidden, marks);
}
