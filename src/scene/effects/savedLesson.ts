/**
 * The lesson a teacher is building, kept in the browser's storage beside the scene (storage.ts), so
 * a lesson prepared at home is there in class even without its link or file. Lessons that arrive
 * by link are not kept until they are edited, as scenes are not.
 */
import { lessonToData, readLessonData } from '../codec/lessonFile';
import type { Lesson } from '../lesson/lesson';
import type { SceneStorage } from './storage';

export const LESSON_STORAGE_KEY = 'contrastive-loss:lesson';

export type SavedLesson =
  | { kind: 'none' }
  | { kind: 'lesson'; lesson: Lesson }
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
  return { kind: 'lesson', lesson: read.value.lesson };
}

/** Keeps the lesson (an empty one is removed); returns the browser's refusal, if any. */
export function saveLesson(storage: SceneStorage, lesson: Lesson): unknown {
  try {
    if (lesson.steps.length === 0) storage.removeItem(LESSON_STORAGE_KEY);
    else storage.setItem(LESSON_STORAGE_KEY, JSON.stringify(lessonToData(lesson)));
    return null;
  } catch (error) {
    return error;
  }
}
