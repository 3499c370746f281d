/**
 * The link to share: the page's address with the scene written fresh from the store. The address
 * bar itself lags behind an edit by up to a second (scene/hashSync.ts throttles it), so it is not
 * read for the scene; its other keys (present=1, hide=…) are kept as they are.
 *
 * A lesson's link starts at step 1, for a class to start together, unless the teacher asks for the
 * step on screen (a student who missed the start); the address bar itself keeps that step, so a
 * reload stays where the teacher is.
 */
import { sceneKeys } from '../../../scene/codec/link';
import { LESSON_KEYS, lessonKeyParts, sceneAndLessonParts } from '../../../scene/codec/lessonLink';
import { emptyLesson, type Lesson } from '../../../scene/lesson/lesson';
import type { Scene } from '../../../scene/model';

/** The parts of `location` the link is built from. */
export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

const keyOf = (part: string): string => {
  const key = part.split('=')[0]!.replaceAll('+', ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
};

/** Where a shared lesson opens: at its first step, or at the step on screen ("here"). */
export type LessonStart = 'first' | 'here';

/** A lesson, the index of the step on screen, and where its link opens. */
export interface LessonPlace {
  readonly lesson: Lesson;
  readonly lessonAt: number;
  readonly start: LessonStart;
}

/**
 * The scene's and the lesson's keys of a shared link. From the first step the link holds the lesson
 * alone, whatever is on screen; from here, the step on screen and, if it is no longer that step as
 * it was, the scene on screen too (as the address bar does).
 */
function placeParts(scene: Scene, { lesson, lessonAt, start }: LessonPlace): string[] {
  const fromFirst = start === 'first' ? lessonKeyParts(lesson, 0) : [];
  return fromFirst.length > 0 ? fromFirst : sceneAndLessonParts(scene, lesson, lessonAt);
}

/**
 * The address of the page showing `scene` (and the lesson, if one is being built), with every other
 * key of the hash kept verbatim.
 */
export function shareLink(
  scene: Scene,
  address: PageAddress,
  place: LessonPlace = { lesson: emptyLesson, lessonAt: 0, start: 'here' },
): string {
  const keys = sceneKeys();
  const others = address.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => {
      const key = keyOf(part);
      return part !== '' && !keys.has(key) && !LESSON_KEYS.has(key);
    });
  const hash = [...placeParts(scene, place), ...others].join('&');
  return `${address.origin}${address.pathname}${address.search}#${hash}`;
}
