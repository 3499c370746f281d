/**
 * How the page is shown, apart from the scene: presentation, high contrast, the landscape under
 * the plane, whether it is embedded in another page, the theme, the controls a link hides and the marks the reader chose to show. None of
 * it is part of a scene, an undo step or an exported file; the link carries some of it
 * (viewLink.ts), and hashSync.ts, the hash's one writer, writes it there.
 */
import type { Explorer, GetExplorer, SetExplorer } from './store';
import type { ControlName, MarkName, ViewKeys } from '../codec/viewLink';
import { isSceneStep } from '../lesson/lesson';

export type Theme = 'light' | 'dark';

/**
 * Where the reader is: the article, a story whose figure follows the text, or the lab, the whole
 * tool (the panel, lessons, presentation). A link says which (roomOf in hashSync.ts).
 */
export type Room = 'article' | 'lab';

/** The reader's "Show" toggles, and the link's hidden list they were made under. */
export interface MarkChoices {
  readonly chosen: Readonly<Partial<Record<MarkName, boolean>>>;
  readonly under: string;
}

export interface Display {
  readonly room: Room;
  readonly presenting: boolean;
  readonly contrast: boolean;
  /** The active point's loss landscape shaded under the plane (`landscape=1`). */
  readonly landscape: boolean;
  /** The figure alone, in another page's frame (`embed=1`): never presenting, no article. */
  readonly embedded: boolean;
  readonly hidden: readonly ControlName[];
  /** The reader's own choice; null follows the system's `prefers-color-scheme`. */
  readonly themeChoice: Theme | null;
  readonly marks: MarkChoices;
}

export interface DisplayState {
  readonly display: Display;
}

export interface DisplayActions {
  enterRoom: (room: Room) => void;
  setPresenting: (presenting: boolean) => void;
  setContrast: (contrast: boolean) => void;
  setLandscape: (landscape: boolean) => void;
  chooseTheme: (theme: Theme | null) => void;
  /** A "Show" toggle: the reader's word over the link's, until the link's hidden list changes. */
  showMark: (name: MarkName, shown: boolean) => void;
  /** The view keys of a link, on start and when the hash is edited by hand. */
  readViewKeys: (keys: ViewKeys) => void;
}

/** The key a hidden list is compared by: its names in order. */
export const hiddenKey = (hidden: readonly string[]) => [...hidden].sort().join(',');

/**
 * The controls left out now: the link's own (`hide=`), and before an audience (presenting, or in
 * another page's frame) those the lesson's step on screen hides, for that step only. The editor
 * shows every control, so a teacher never loses one by ticking it away for a step.
 */
export function hiddenNow({
  display,
  lesson,
  lessonAt,
  stepScene,
}: Pick<Explorer, 'display' | 'lesson' | 'lessonAt' | 'stepScene'>): readonly ControlName[] {
  const step = lesson.steps[lessonAt];
  const audience = display.presenting || display.embedded;
  if (!audience || stepScene === null || !isSceneStep(step) || step.hidden.length === 0)
    return display.hidden;
  return [...new Set([...display.hidden, ...step.hidden])];
}

export function displaySlice(set: SetExplorer, get: GetExplorer): DisplayState & DisplayActions {
  const change = (part: Partial<Display>) => set({ display: { ...get().display, ...part } });
  return {
    display: {
      room: 'lab',
      presenting: false,
      contrast: false,
      landscape: false,
      embedded: false,
      hidden: [],
      themeChoice: null,
      marks: { chosen: {}, under: '' },
    },
    enterRoom(room) {
      if (room !== get().display.room) change({ room });
    },
    setPresenting: (presenting) => change({ presenting }),
    setContrast: (contrast) => change({ contrast }),
    setLandscape: (landscape) => change({ landscape }),
    chooseTheme: (themeChoice) => change({ themeChoice }),
    showMark(name, shown) {
      const { marks } = get().display;
      const under = hiddenKey(hiddenNow(get()));
      const chosen = marks.under === under ? marks.chosen : {};
      change({ marks: { chosen: { ...chosen, [name]: shown }, under } });
    },
    // A frame on a course page is no projector: an embed link's present=1 counts for nothing.
    readViewKeys: ({ present, contrast, landscape, embed, hidden }) =>
      change({ presenting: present && !embed, contrast, landscape, embedded: embed, hidden }),
  };
}
