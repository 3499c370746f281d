/**
 * Autosave: the scene is kept in the browser's storage each time an edit ends in the lab (the
 * store's `committed` scene, never the frames of a drag), so opening the lab without a scene
 * brings the work back. The article's figure plays the story's scenes, which are nobody's work. Scenes that arrive by link are not saved until they are edited: opening a shared
 * link, or a broken one, never overwrites the user's own work.
 *
 * Storage that is missing, refuses to read or is full leaves the page working, and the page says
 * so once. A saved value that cannot be read is moved aside, not thrown away.
 */
import type { Scene } from '../model';
import type { Lesson } from '../lesson/lesson';
import { readSceneData, sceneToData } from '../codec/sceneFile';
import type { ExplorerStore } from '../store/store';
import { quote } from '../codec/validate';
import { LESSON_STORAGE_KEY, readSavedLesson, saveLesson } from './savedLesson';

export const STORAGE_KEY = 'contrastive-loss:scene';
/** Where an unreadable saved value is moved, so it can still be rescued by hand. */
export const UNREADABLE_KEY = 'contrastive-loss:unreadable';
/** The version of the saved envelope; the scene inside carries its own file version. */
export const SAVE_VERSION = 1;

export type SceneStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SavedReading =
  | { kind: 'none' }
  | { kind: 'scene'; scene: Scene; savedAt: string }
  | { kind: 'unreadable'; text: string; problems: string[] }
  | { kind: 'unavailable'; problem: string };

const NOT_SAVING = 'Your work is not being saved in this browser';
const KEEP_IT = 'The scene stays in the address bar: copy the link to keep it.';
const NO_STORAGE = `This browser does not let the page use its storage (a private window or a privacy setting can do that). ${KEEP_IT}`;

/** Names the browser's refusal in plain words. */
function refusal(error: unknown, doing: 'read' | 'save'): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError')
    return `This browser's storage for the page is full, so the scene could not be saved. ${KEEP_IT}`;
  if (name === 'SecurityError') return NO_STORAGE;
  return `This browser refused to ${doing} the page's storage (${String(name ?? error)}). ${KEEP_IT}`;
}

/** The page's storage, or null where the browser has none or refuses it (SecurityError). */
export function storageOf(source: { readonly localStorage: Storage | null }): SceneStorage | null {
  try {
    return source.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads the saved scene: nothing, a scene, a value that cannot be read, or storage trouble. */
export function readSaved(storage: SceneStorage): SavedReading {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return { kind: 'unavailable', problem: refusal(error, 'read') };
  }
  if (text === null) return { kind: 'none' };
  const unreadable = (...problems: string[]): SavedReading => ({
    kind: 'unreadable',
    text,
    problems,
  });
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return unreadable(`The saved value is not JSON; it begins ${quote(text)}.`);
  }
  const { version, savedAt, scene } = (envelope ?? {}) as Record<string, unknown>;
  if (typeof version !== 'number' || typeof savedAt !== 'string')
    return unreadable('The saved value is not a saved scene: it has no version or save time.');
  if (version > SAVE_VERSION)
    return unreadable(
      `It was saved by a newer version of this page (save format ${version}); this page reads format ${SAVE_VERSION}.`,
    );
  const checked = readSceneData(scene);
  if (!checked.ok) return unreadable(...checked.problems);
  return { kind: 'scene', scene: checked.value, savedAt };
}

/** What the hash sync needs from autosave. */
export interface Autosave {
  /** The user's own latest scene: the last one saved, or the one restored; none before that. */
  latest(): Scene | undefined;
  /** Runs a change of scene that is not the user's work (a link being opened) without saving it. */
  quietly(change: () => void): void;
  stop(): void;
}

/**
 * Restores the saved scene and lesson into the store (before a link is read, so a broken link can
 * offer the scene back), then saves each committed edit of either.
 */
export function connectStorage(store: ExplorerStore, storage: SceneStorage | null): Autosave {
  let quiet = false;
  const warned = new Set<string>();
  // An unreadable value that could not be moved aside is never saved over.
  let saving = storage !== null;
  let latest: Scene | undefined;

  /** Each kind of trouble is told once a visit, not once an edit. */
  const warn = (title: string, problems: string[]) => {
    if (warned.has(title)) return;
    warned.add(title);
    store.getState().showNotice(title, problems);
  };
  const quietly = (change: () => void) => {
    quiet = true;
    try {
      change();
    } finally {
      quiet = false;
    }
  };

  const reading: SavedReading = storage
    ? readSaved(storage)
    : { kind: 'unavailable', problem: NO_STORAGE };
  if (reading.kind === 'scene') {
    quietly(() => store.getState().loadScene(reading.scene, 'replace'));
    latest = store.getState().scene;
  } else if (reading.kind === 'unavailable') {
    // What could not be read might be precious: never write over it blind.
    saving = false;
    warn(NOT_SAVING, [reading.problem]);
  } else if (reading.kind === 'unreadable' && storage) {
    let kept = `It has been moved aside under ${quote(UNREADABLE_KEY)} in this browser's storage, so it can still be rescued.`;
    try {
      storage.setItem(UNREADABLE_KEY, reading.text);
      storage.removeItem(STORAGE_KEY);
    } catch {
      saving = false;
      kept =
        'It could not be moved aside, so it is left where it is and this visit is not saved over it.';
    }
    warn('Your saved scene could not be read, so the page shows the example', [
      ...reading.problems,
      kept,
    ]);
  }

  const save = (scene: Scene) => {
    latest = scene;
    if (!saving || !storage) return;
    const envelope = {
      version: SAVE_VERSION,
      savedAt: new Date().toISOString(),
      scene: sceneToData(scene),
    };
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(envelope));
    } catch (error) {
      // Later edits still try: a smaller scene may fit, or space may have been freed.
      warn(NOT_SAVING, [refusal(error, 'save')]);
    }
  };

  // A kept lesson that cannot be read is left where it is, and not saved over this visit.
  const savedLesson = saving && storage ? readSavedLesson(storage) : { kind: 'none' as const };
  const savingLesson = savedLesson.kind !== 'unreadable';
  /** The lesson last kept or taken back: going to another of its steps is kept too. */
  let keptLesson: Lesson | null = null;
  if (savedLesson.kind === 'lesson')
    quietly(() => {
      // The step is on screen only if the scene kept is still its scene, as it was.
      store.getState().resumeLesson(savedLesson.lesson, savedLesson.at);
      store.getState().forgetHistory();
      keptLesson = store.getState().lesson;
    });
  else if (savedLesson.kind === 'unreadable')
    warn('Your kept lesson could not be read, so it was not opened', [
      ...savedLesson.problems,
      `It stays under ${quote(LESSON_STORAGE_KEY)} in this browser's storage and is not saved over.`,
    ]);

  const unsubscribe = store.subscribe((state, previous) => {
    if (quiet) return;
    // The article's figure shows the story's scenes, not the reader's work: only the lab keeps.
    if (state.committed !== previous.committed && state.display.room === 'lab')
      save(state.committed);
    const moved = state.lessonAt !== previous.lessonAt && state.lesson === keptLesson;
    if ((state.lesson !== previous.lesson || moved) && saving && savingLesson && storage) {
      keptLesson = state.lesson;
      const refused = saveLesson(storage, state.lesson, state.lessonAt);
      if (refused) warn(NOT_SAVING, [refusal(refused, 'save')]);
    }
  });
  return { latest: () => latest, quietly, stop: unsubscribe };
}
