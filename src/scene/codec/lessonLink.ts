/**
 * A lesson in the link (README, "Lesson links"): one `step=` key a step, in order, and `at=` the
 * step on screen (counted from 1, left out for the first):
 *
 *   #step=m=1;p=A1,alice,0.8,0.2;…;pairs=all;cap=The+worked+example&step=m=0.3;same;cap=…&at=2
 *
 * A step's value is its scene's link with ";" between the keys, then `hide=` (the controls the step
 * hides) and `cap=` (its caption, always last, so it may hold any text). `same` stands for the
 * previous step's points, pairs and colours, which is what most steps of a story keep while the
 * margin or the loss changes: it halves a typical lesson's link.
 *
 * Reading never throws and never drops a step: a step that cannot be read stays in the lesson with
 * the reasons, named by its number, and the other steps load.
 */
import { quote } from './validate';
import { readSceneHash, sceneToHash } from './link';
import { readViewKeys } from './viewLink';
import type { Scene } from '../model';
import {
  emptyLesson,
  isSceneStep,
  LESSON_LIMITS,
  stepName,
  tidyCaption,
  type Lesson,
  type LessonStep,
  type SceneStep,
} from '../lesson/lesson';

export const LESSON_KEYS: ReadonlySet<string> = new Set(['step', 'at']);

/** The keys of a scene's link that `same` stands for. */
const SHAPE = /^(p|pairs|colour)=/;

/**
 * A step's text as a hash value: percent escapes only where the hash needs them, so the link stays
 * readable (";", "=", ",", ":" and "/" are left as they are) and a space is a "+".
 */
export function hashValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/%(3B|3D|2C|3A|2F|40)/g, (escape) => decodeURIComponent(escape))
    .replaceAll('%20', '+')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A scene step's text; `previous` is the step before it, whose points `same` may stand for. */
function stepText(step: SceneStep, previous: LessonStep | undefined): string {
  let parts = sceneToHash(step.scene).split('&');
  if (isSceneStep(previous)) {
    const shape = (hash: string[]) => hash.filter((part) => SHAPE.test(part)).join('&');
    if (shape(parts) === shape(sceneToHash(previous.scene).split('&'))) {
      const first = parts.findIndex((part) => SHAPE.test(part));
      parts = parts.filter((part) => !SHAPE.test(part));
      parts.splice(first, 0, 'same');
    }
  }
  if (step.hidden.length > 0) parts.push(`hide=${step.hidden.join(',')}`);
  if (step.caption !== '') parts.push(`cap=${step.caption}`);
  return parts.join(';');
}

/**
 * The lesson's keys for the hash; `at` is the index of the step on screen. A broken step that came
 * in a link goes back out as it came; one that came in a file has no link text and is left out.
 */
export function lessonKeyParts(lesson: Lesson, at: number | null): string[] {
  const parts = lesson.steps.flatMap((step, k) => {
    const text = isSceneStep(step) ? stepText(step, lesson.steps[k - 1]) : step.linkText;
    return text === undefined ? [] : [`step=${hashValue(text)}`];
  });
  if (parts.length > 0 && at !== null && at > 0) parts.push(`at=${at + 1}`);
  return parts;
}

/** One step's text, read; `previous` supplies what `same` stands for. */
export function readStepText(text: string, previous: LessonStep | undefined): LessonStep {
  const capAt = text.startsWith('cap=') ? 0 : text.indexOf(';cap=');
  const caption = capAt < 0 ? '' : tidyCaption(text.slice(capAt + (capAt === 0 ? 4 : 5)));
  const parts = (capAt < 0 ? text : text.slice(0, capAt)).split(';').filter((part) => part !== '');
  const hides = parts.filter((part) => part.startsWith('hide='));
  const sceneParts = parts.filter((part) => !part.startsWith('hide='));
  const broken = (...problems: string[]): LessonStep => ({ caption, problems, linkText: text });
  const sameAt = sceneParts.indexOf('same');
  if (sameAt >= 0) {
    if (!isSceneStep(previous))
      return broken(
        previous
          ? '"same" takes the points of the step before, which could not be read itself.'
          : '"same" takes the points of the step before, but this is the first step.',
      );
    const shape = sceneToHash(previous.scene)
      .split('&')
      .filter((part) => SHAPE.test(part));
    sceneParts.splice(sameAt, 1, ...shape);
  }
  if (sceneParts.length === 0) return broken('It holds no scene: no points (p=…) at all.');
  const link = readSceneHash(sceneParts.join('&'));
  if (link.kind === 'empty' || !link.ok)
    return broken(...(link.kind === 'empty' ? ['It holds no scene.'] : link.problems));
  return { scene: link.value, caption, hidden: readViewKeys(hides.join('&')).hidden };
}

/** What a hash holds of a lesson. */
export type LessonLinkReading =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'lesson';
      readonly lesson: Lesson;
      /** The index of the step to show. */
      readonly at: number;
      /** Plain-words problems, each naming the step at fault; the lesson loads all the same. */
      readonly problems: readonly string[];
    };

/** The problems of a lesson's broken steps, each named by its number. */
export function brokenStepProblems(lesson: Lesson): string[] {
  return lesson.steps.flatMap((step, k) =>
    isSceneStep(step) ? [] : step.problems.map((problem) => `${stepName(k)}: ${problem}`),
  );
}

/**
 * Reads a lesson's steps in order, each with the one before it (for `same`), up to the limit of
 * steps; the problems say how many were left out and name each step that could not be read.
 */
export function readSteps<T>(
  items: readonly T[],
  read: (item: T, previous: LessonStep | undefined) => LessonStep,
): { lesson: Lesson; problems: string[] } {
  const problems: string[] = [];
  if (items.length > LESSON_LIMITS.steps)
    problems.push(
      `The lesson has ${items.length} steps; a lesson holds at most ${LESSON_LIMITS.steps}, so the last ${items.length - LESSON_LIMITS.steps} were left out.`,
    );
  const steps: LessonStep[] = [];
  for (const item of items.slice(0, LESSON_LIMITS.steps)) steps.push(read(item, steps.at(-1)));
  const lesson: Lesson = steps.length > 0 ? { steps } : emptyLesson;
  return { lesson, problems: [...problems, ...brokenStepProblems(lesson)] };
}

/** Reads the lesson keys of a hash (with or without its "#"). Never throws. */
export function readLessonKeys(hash: string): LessonLinkReading {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { kind: 'none' };
  }
  const texts = params.getAll('step');
  if (texts.length === 0) return { kind: 'none' };
  const { lesson, problems } = readSteps(texts, readStepText);
  const { steps } = lesson;
  const atText = params.get('at');
  let at = 0;
  if (atText !== null) {
    const wanted = Number(atText);
    if (/^\d+$/.test(atText.trim()) && wanted >= 1 && wanted <= steps.length) at = wanted - 1;
    else
      problems.push(
        `${quote(`at=${atText}`)} is not a step of this lesson; write a number from 1 to ${steps.length}. The lesson opens at step 1.`,
      );
  }
  return { kind: 'lesson', lesson, at, problems };
}

/**
 * The scene's and the lesson's keys of a hash. While the scene on screen is the current step's, the
 * step already holds it and the scene's own keys are left out; once it is edited they come back,
 * so a reload shows the edit.
 */
export function sceneAndLessonParts(scene: Scene, lesson: Lesson, at: number): string[] {
  return [
    ...(showsStep(scene, lesson, at) ? [] : [sceneToHash(scene)]),
    ...lessonKeyParts(lesson, at),
  ];
}

/** Whether `scene` is step `at` of the lesson as it was, which its link then holds alone. */
export function showsStep(scene: Scene, lesson: Lesson, at: number): boolean {
  const step = lesson.steps[at];
  return isSceneStep(step) && sceneToHash(step.scene) === sceneToHash(scene);
}
