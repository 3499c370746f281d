/**
 * The lesson a teacher is building, kept in the browser's storage beside the scene (storage.ts), so
 * a lesson prepared at home is there in class even without its link or file. Lessons that arrive
 * by link are not kept until they are edited, as scenes are not. It is kept as a lesson file with
 * the step the teacher was at (`"at"`, from 1), so the page opened again takes it up there.
 */
import { lessonToData, readLessonData } from '../codec/lessonFile';
import type { Lesson } from '../lesson/lesson';
import type { SceneStorage } from './storage';

export const LESSON_STORAGE_KEY = 'contrastive-loss:lesson';

export type SavedLesson =
  | { kind: 'none' }
  | { kind: 'lesson'; lesson: Lesson; at: number }
  | { kind: 'unreadable'; problems: readonly string[] };

/** Reads the kept lesson; storage that refuses to be read holds none (storage.ts says so). */
export function readSavedLesson(storage: SceneStorage): SavedLesson {
  let text: string | null;
  try {
    text = storage.getItem(LESSON_STORAGE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', problems: ['The kept lesson is not JSON.'] };
  }
  const read = readLessonData(data);
  if (!read.ok) return { kind: 'unreadable', problems: read.problems };
  const { lesson } = read.value;
  // A lesson kept without its step (an older page kept none), or with one it lacks, is at step 1.
  const { at } = data as { at?: unknown };
  const known = typeof at === 'number' && Number.isInteger(at) && at >= 1;
  return { kind: 'lesson', lesson, at: known && at <= lesson.steps.length ? at - 1 : 0 };
}

/**
 * Keeps the lesson and the index of its step on screen (an empty lesson is removed); returns the
 * browser's refusal, if any.
 */
export function saveLesson(storage: SceneStorage, lesson: Lesson, at: number): unknown {
  try {
    if (lesson.steps.length === 0) storage.removeItem(LESSON_STORAGE_KEY);
    else
      storage.setItem(LESSON_STORAGE_KEY, JSON.stringify({ ...lessonToData(lesson), at: at + 1 }));
    return null;
  } catch (error) {
    return error;
  }
}
