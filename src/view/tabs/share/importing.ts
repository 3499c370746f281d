/**
 * Opening a scene or a lesson from outside the page: a chosen or dropped file, or pasted text.
 * A lesson (its JSON or its link) goes through readLessonText, anything else through
 * readSceneText (scene/sceneFile.ts), which checks it as strictly as a link; a good scene or lesson
 * is loaded as one undo step, a bad one leaves what was there alone and says what is wrong.
 */
import type { Checked, Scene } from '../../../scene/model';
import { readSceneText } from '../../../scene/codec/sceneFile';
import { readLessonText, type LessonReading } from '../../../scene/codec/lessonFile';
import type { ExplorerStore } from '../../../scene/store/store';
import { capitalised, thousands } from '../../kit/format';

/** Far more than the largest scene (2,000 points is about 100 KB), small enough to read at once. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What an import did, for the message shown beside the controls. */
export type ImportOutcome =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly title: string; readonly problems: readonly string[] };

/** The text of a file, or why it was not read: too large, or unreadable. */
export async function readFileText(file: File): Promise<Checked<string>> {
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      problems: [
        `The file is ${megabytes(file.size)} MB; a scene file is at most ${megabytes(MAX_IMPORT_BYTES)} MB (2,000 points take about 0.1 MB). It was not opened.`,
      ],
    };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, problems: ['The browser could not read this file.'] };
  }
}

/** Loads a checked scene into the store, or shows why not; `source` names it in messages. */
export function applyImport(
  store: ExplorerStore,
  checked: Checked<Scene>,
  source: string,
): ImportOutcome {
  const title = `${capitalised(source)} was not opened; the scene is unchanged`;
  if (!checked.ok) {
    store.getState().showNotice(title, checked.problems);
    return { ok: false, title, problems: checked.problems };
  }
  if (!store.getState().loadScene(checked.value)) {
    // loadScene has already put up its own notice with the reasons.
    const problems = store.getState().notice?.problems ?? [];
    store.getState().showNotice(title, problems);
    return { ok: false, title, problems };
  }
  const count = checked.value.points.length;
  return {
    ok: true,
    message: `Opened ${source}: ${thousands(count)} point${count === 1 ? '' : 's'}. Undo brings back the scene before.`,
  };
}

/** Loads a lesson read from a file or pasted text, or shows why not; the lesson before stays. */
function applyLesson(store: ExplorerStore, reading: LessonReading, source: string): ImportOutcome {
  if (!reading.ok) {
    const title = `${capitalised(source)} was not opened; the lesson is unchanged`;
    store.getState().showNotice(title, reading.problems);
    return { ok: false, title, problems: reading.problems };
  }
  const { lesson, problems } = reading.value;
  store.getState().loadLesson(lesson, 0, problems);
  const count = lesson.steps.length;
  return {
    ok: true,
    message: `Opened ${source}: a lesson of ${count} step${count === 1 ? '' : 's'}. Undo brings back the lesson before.`,
  };
}

/** A scene or a lesson, whichever the text holds. */
function applyText(store: ExplorerStore, text: string, source: string, fileName?: string) {
  const lesson = readLessonText(text);
  return lesson
    ? applyLesson(store, lesson, source)
    : applyImport(store, readSceneText(text, fileName), source);
}

export async function importFile(store: ExplorerStore, file: File): Promise<ImportOutcome> {
  const source = `“${file.name}”`;
  const text = await readFileText(file);
  return text.ok
    ? applyText(store, text.value, source, file.name)
    : applyImport(store, text, source);
}

export function importText(store: ExplorerStore, text: string, source: string): ImportOutcome {
  if (text.length > MAX_IMPORT_BYTES)
    return applyImport(
      store,
      {
        ok: false,
        problems: [`The text is too long to be a scene (${thousands(text.length)} characters).`],
      },
      source,
    );
  return applyText(store, text, source);
}
