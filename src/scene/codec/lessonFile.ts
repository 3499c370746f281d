/**
 * Lesson files (README, "Lessons"): the lesson as versioned JSON, each step's scene written as a
 * scene file writes it, so a step can be copied out into a scene file and back:
 *
 *   {"kind": "lesson", "version": 1, "steps": [{"caption": "…", "hide": ["toolbar"], "scene": {…}}]}
 *
 * A step may give its scene as a link's text instead (`"link": "m=1&p=…"`), which is also how a
 * broken step that came in a link is kept. Reading never throws; a step that cannot be read stays
 * in the lesson with its reasons, and the others load.
 */
import { readSceneData, sceneToData } from './sceneFile';
import { kindOf, limitProblems } from './validate';
import { migrateFile, type FileFormat } from './versions';
import { readLessonKeys, readSteps, readStepText } from './lessonLink';
import { readViewKeys } from './viewLink';
import type { Checked } from '../model';
import { isSceneStep, tidyCaption, type Lesson, type LessonStep } from '../lesson/lesson';

/** A lesson read: the lesson, and the problems of the steps that could not be read. */
export type LessonReading = Checked<{ lesson: Lesson; problems: readonly string[] }>;

/** The lesson format this page writes. */
export const LESSON_FORMAT = 1;

/** Entry v of `migrations` turns lesson format v into v + 1; format 1 is the first. */
const LESSON_FILE: FileFormat = {
  name: 'lesson',
  subject: 'This lesson',
  example: '{"kind": "lesson", "version": 1, "steps": [...]}',
  current: LESSON_FORMAT,
  migrations: {},
};

const fail = (...problems: string[]): Checked<never> => ({ ok: false, problems });

/** Whether parsed JSON is meant as a lesson (a scene file has points, a lesson has steps). */
export const looksLikeLesson = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  !Array.isArray(data) &&
  ((data as Record<string, unknown>).kind === 'lesson' || 'steps' in data);

export function lessonToData(lesson: Lesson): Record<string, unknown> {
  return {
    kind: 'lesson',
    version: LESSON_FORMAT,
    steps: lesson.steps.flatMap((step): Record<string, unknown>[] => {
      const told = {
        caption: step.caption,
        ...(isSceneStep(step) && step.hidden.length > 0 ? { hide: [...step.hidden] } : {}),
      };
      if (isSceneStep(step)) return [{ ...told, scene: sceneToData(step.scene) }];
      return step.linkText === undefined ? [] : [{ ...told, link: step.linkText }];
    }),
  };
}

export const lessonToJson = (lesson: Lesson): string =>
  `${JSON.stringify(lessonToData(lesson), null, 2)}\n`;

/** Brings a parsed lesson up to the current format, or says why it cannot be read. */
export const migrateLesson = (data: unknown): Checked<Record<string, unknown>> =>
  migrateFile(LESSON_FILE, data);

/** One step of a file; `previous` is the step before, for a link step's `same`. */
function readStepData(data: unknown, previous: LessonStep | undefined): LessonStep {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { caption: '', problems: [`It is ${kindOf(data)}, not a step like {"scene": {…}}.`] };
  const { caption = '', hide = [], scene, link } = data as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof caption !== 'string') problems.push(`"caption" must be text, not ${kindOf(caption)}.`);
  const told = typeof caption === 'string' ? tidyCaption(caption) : '';
  if (!Array.isArray(hide) || hide.some((name) => typeof name !== 'string'))
    problems.push(`"hide" must be a list of control names like ["toolbar", "tabs"].`);
  const hidden = Array.isArray(hide) ? readViewKeys(`hide=${hide.join(',')}`).hidden : [];
  if (typeof link === 'string' && scene === undefined) {
    const read = readStepText(link, previous);
    return isSceneStep(read) && problems.length === 0
      ? { ...read, caption: told || read.caption, hidden: hidden.length ? hidden : read.hidden }
      : { caption: told, problems: [...problems, ...(isSceneStep(read) ? [] : read.problems)] };
  }
  if (scene === undefined) problems.push('It has no "scene".');
  const checked = scene === undefined ? null : readSceneData(scene);
  if (checked && !checked.ok) problems.push(...checked.problems.map((p) => `In "scene": ${p}`));
  if (problems.length > 0 || !checked?.ok) return { caption: told, problems };
  return { scene: checked.value, caption: told, hidden };
}

/** What a lesson file holds: the lesson, and the problems of its broken steps by number. */
export function readLessonData(data: unknown): LessonReading {
  const migrated = migrateLesson(data);
  if (!migrated.ok) return migrated;
  const { steps } = migrated.value;
  if (!Array.isArray(steps) || steps.length === 0)
    return fail(
      `"steps" must be a list of at least one step, not ${kindOf(steps)}; a step is like {"caption": "…", "scene": {…}}.`,
    );
  const { lesson, problems } = readSteps(steps, readStepData);
  return { ok: true, value: { lesson, problems: limitProblems(problems) } };
}

/**
 * Reads a lesson from a file's text or anything pasted (a lesson's JSON, its link or the link's
 * hash); null when the text is not meant as a lesson, so it can be read as a scene instead.
 */
export function readLessonText(text: string): LessonReading | null {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return null;
    }
    return looksLikeLesson(data) ? readLessonData(data) : null;
  }
  const link = readLessonKeys(body.slice(body.indexOf('#') + 1));
  if (link.kind === 'none') return null;
  return { ok: true, value: { lesson: link.lesson, problems: link.problems } };
}
