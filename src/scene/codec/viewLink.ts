/**
 * The link keys that change how the page looks, not the scene (README, "Presentation links"):
 *
 * - `present=1` opens the page in presentation mode;
 * - `landscape=1` shades the active point's loss landscape under the plane;
 * - `contrast=high` turns on high contrast;
 * - `embed=1` shows the figure alone, to sit in a frame on another page (a course's). The page
 *   never writes it: it is the link's to say, and hashSync.ts keeps it as written;
 * - `lab=1` opens the lab, the whole tool, rather than the article (a link that carries a scene
 *   or a lesson opens it too: roomOf in hashSync.ts);
 * - `hide=` a comma list of controls to leave out, as TensorFlow Playground's links do. The names
 *   are those of `CONTROL_NAMES`; unknown names are ignored, so an old link never breaks.
 *
 * They share the hash with the scene's keys, so they are read and written without touching any
 * other key.
 */

/** The controls a link can hide, and what each one is on the page. */
export const CONTROL_NAMES = {
  toolbar: 'the tools above the plane',
  slider: 'the margin slider (under InfoNCE, the temperature slider)',
  training: 'the Play, Step and Reset bar',
  stats: 'the loss switcher, the total loss and the counts',
  tabs: 'the tabs under the plane (table, pairs, training, scene)',
  panel: 'the whole panel under the plane (stats and tabs)',
  caption: 'the caption under the plane',
  legend: 'the legend shown in presentation and in a frame',
  description: 'the plane’s text description',
  circles: 'the margin circles on the plane',
  lines: 'the pair lines on the plane',
  labels: 'the point labels on the plane',
} as const;

export type ControlName = keyof typeof CONTROL_NAMES;

/** The plane's optional marks, which a link can hide and the "Show" toggles bring back. */
export const MARK_NAMES = ['circles', 'lines', 'labels'] as const satisfies readonly ControlName[];
export type MarkName = (typeof MARK_NAMES)[number];

export interface ViewKeys {
  readonly present: boolean;
  readonly contrast: boolean;
  /** `landscape=1`: the active point's loss landscape shaded under the plane. */
  readonly landscape: boolean;
  /** `embed=1`: the figure alone, in another page's frame. */
  readonly embed: boolean;
  /** `lab=1`: the lab rather than the article. */
  readonly lab: boolean;
  readonly hidden: readonly ControlName[];
}

/** The keys this module writes; the rest of a hash is left as it was. */
export type WrittenViewKeys = Pick<ViewKeys, 'present' | 'contrast' | 'landscape'>;

const isControlName = (name: string): name is ControlName => Object.hasOwn(CONTROL_NAMES, name);

/** A hash that names no view key. */
const NO_VIEW_KEYS: ViewKeys = {
  present: false,
  contrast: false,
  landscape: false,
  embed: false,
  lab: false,
  hidden: [],
};

/** Reads the view keys from a hash; anything malformed counts as absent. */
export function readViewKeys(hash: string): ViewKeys {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return NO_VIEW_KEYS;
  }
  const names = params
    .getAll('hide')
    .flatMap((list) => list.split(','))
    .map((name) => name.trim().toLowerCase());
  return {
    present: params.get('present') === '1',
    contrast: params.get('contrast') === 'high',
    landscape: params.get('landscape') === '1',
    embed: params.get('embed') === '1',
    lab: params.get('lab') === '1',
    hidden: [...new Set(names.filter(isControlName))],
  };
}

/**
 * The hash with `present`, `contrast` and `landscape` set as given (dropped when off) and every other key,
 * the scene's included, left exactly as it was written.
 */
export function withViewKeys(hash: string, keys: WrittenViewKeys): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !/^(present|contrast|landscape)(=|$)/.test(part));
  if (keys.landscape) kept.push('landscape=1');
  if (keys.present) kept.push('present=1');
  if (keys.contrast) kept.push('contrast=high');
  return kept.join('&');
}

/**
 * The hash of the same page in a frame (`embed`) or whole (not): `embed=1` added or dropped, every
 * other key kept as written. A frame never presents, so `present` goes when `embed=1` comes.
 */
export function withEmbed(hash: string, embed: boolean): string {
  const dropped = embed ? /^(embed|present)(=|$)/ : /^embed(=|$)/;
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !dropped.test(part));
  if (embed) kept.push('embed=1');
  return kept.join('&');
}
