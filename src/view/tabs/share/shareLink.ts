/**
 * The link to share: the page's address with the scene written fresh from the store. The address
 * bar itself lags behind an edit by up to a second (scene/hashSync.ts throttles it), so it is not
 * read for the scene; its other keys (present=1, hide=…) are kept as they are.
 */
import { sceneKeys } from '../../../scene/codec/link';
import { LESSON_KEYS, sceneAndLessonParts } from '../../../scene/codec/lessonLink';
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

/** A lesson and the index of the step on screen. */
export interface LessonPlace {
  readonly lesson: Lesson;
  readonly lessonAt: number;
}

/**
 * The address of the page showing `scene` (and the lesson, if one is being built), with every other
 * key of the hash kept verbatim.
 */
export function shareLink(
  scene: Scene,
  address: PageAddress,
  { lesson, lessonAt }: LessonPlace = { lesson: emptyLesson, lessonAt: 0 },
): string {
  const keys = sceneKeys();
  const others = address.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => {
      const key = keyOf(part);
      return part !== '' && !keys.has(key) && !LESSON_KEYS.has(key);
    });
  const hash = [...sceneAndLessonParts(scene, lesson, lessonAt), ...others].join('&');
  return `${address.origin}${address.pathname}${address.search}#${hash}`;
}
