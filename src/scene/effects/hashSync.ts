/**
 * Keeps the address bar's hash in step with the scene and the display's view keys (CONTRACT.md
 * section 1; viewLink.ts): the hash's one reader and one writer.
 *
 * - On start, and whenever the user edits the hash by hand (`hashchange`), the hash is read: a
 *   good link loads its scene; a broken one shows a notice and the example scene.
 * - An empty hash (or one with only view keys, such as present=1) shows the user's own latest
 *   scene, the autosaved one, else the example.
 * - After an edit the hash is rewritten with `history.replaceState`, so a drag adds no history
 *   entries: never during a gesture (a drag, a key held, a slider), and at its end at once, in the
 *   same task as the pointer-up or key-up; a change nobody's hand is making (a training run, a
 *   click's edit) is written when the page is idle, at most once a second. (Writing a thousand
 *   points' link costs the browser a few milliseconds; once a frame would be too often.) Keys that
 *   are not the scene's or the display's (hide=…, unknown ones) stay as they were.
 * - The view keys (present=1, contrast=high, landscape=1) are read with the scene; a change of
 *   them (a click, a key) is written at once, at the end of the key press that made it.
 * - The digits network's settings (networkLink.ts) are read with the scene too; a change of them is
 *   written like a scene's change nobody's hand is making.
 * - A lesson (lessonLink.ts) is read with the scene: without scene keys the page shows its step
 *   `at`, with them the scene they hold (a step edited before a reload), which is step `at` on
 *   screen only if it is that step's scene exactly. An edit of the lesson, or a step gone to, is
 *   written at once, like a view key.
 * - Scenes read from the hash are not the user's work: autosave does not keep them until edited.
 * - The hash says which room the page opens in (roomOf): a link with a scene or a lesson, or one
 *   that asks for the lab, presentation, a frame or hidden controls, opens the lab; any other the
 *   article, whose figure shows the story's own scenes. So the article writes no scene or lesson
 *   into the hash (a reload stays in the article), and an emptied hash brings the article back.
 */
import { defaultScene } from '../defaultScene';
import { readSceneHash, sceneKeys } from '../codec/link';
import { LESSON_KEYS, readLessonKeys, sceneAndLessonParts } from '../codec/lessonLink';
import type { Autosave } from './storage';
import type { ExplorerStore } from '../store/store';
import type { Display, Room } from '../store/storeDisplay';
import { settledScene } from '../store/storeLesson';
import { throttle } from './throttle';
import { readViewKeys, withViewKeys, type ViewKeys } from '../codec/viewLink';
import { NETWORK_KEYS, networkKeyParts, readNetworkKeys } from '../codec/networkLink';

/** The parts of `window` this needs, so tests can hand in a fake one. */
export interface AddressBar {
  readonly location: { readonly hash: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
  /** Runs `callback` when the page is idle (at the latest after `timeout` ms); absent: at once. */
  requestIdleCallback?(callback: () => void, options: { timeout: number }): number;
}

/** Whether the display changed in a way the link holds. */
const viewKeysChanged = (now: Display, before: Display) =>
  now.presenting !== before.presenting ||
  now.contrast !== before.contrast ||
  now.landscape !== before.landscape;

/** The room a link opens: the lab for a scene, a lesson or a view of the tool, else the article. */
export const roomOf = (keys: ViewKeys, carries: { scene: boolean; lesson: boolean }): Room =>
  keys.lab ||
  keys.present ||
  keys.embed ||
  keys.hidden.length > 0 ||
  carries.scene ||
  carries.lesson
    ? 'lab'
    : 'article';

/** The parts of a hash that are not the scene's, the network's or the lesson's, as written. */
function viewParts(hash: string) {
  const keys = sceneKeys();
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => {
      const key = part.split('=')[0]!;
      return part !== '' && !keys.has(key) && !NETWORK_KEYS.has(key) && !LESSON_KEYS.has(key);
    });
}

export interface HashOptions {
  /**
   * The shortest time between two writes of the hash while the scene changes by itself (a training
   * run), in milliseconds. During a gesture nothing is written; at its end, at once.
   */
  readonly interval?: number;
  readonly autosave?: Pick<Autosave, 'latest' | 'quietly'>;
}

/** Starts syncing; returns the function that stops it. */
export function connectHash(
  store: ExplorerStore,
  bar: AddressBar,
  { interval = 1000, autosave }: HashOptions = {},
): () => void {
  let reading = false;
  const quietly = autosave?.quietly ?? ((change: () => void) => change());

  const read = (onStart: boolean) => {
    const link = readSceneHash(bar.location.hash);
    const lesson = readLessonKeys(bar.location.hash);
    const keys = readViewKeys(bar.location.hash);
    const room = roomOf(keys, { scene: link.kind !== 'empty', lesson: lesson.kind === 'lesson' });
    reading = true;
    try {
      store.getState().enterRoom(room);
      store.getState().readViewKeys(keys);
      store.getState().readNetworkLink(readNetworkKeys(bar.location.hash));
      quietly(() => {
        const { loadLesson, resumeLesson, glideTo, forgetHistory } = store.getState();
        if (lesson.kind === 'lesson' && link.kind === 'empty') {
          loadLesson(lesson.lesson, lesson.at, lesson.problems);
          glideTo(1);
          if (onStart) forgetHistory();
          return;
        }
        if (link.kind === 'empty') {
          // On start the store already holds the restored scene; later, the hash was emptied. The
          // article shows its own scenes.
          if (!onStart && room === 'lab')
            store.getState().loadScene(autosave?.latest() ?? defaultScene);
        } else if (link.ok) {
          // The link the page opens with starts the history; one typed in later is a step of it.
          const loaded = store.getState().loadScene(link.value, onStart ? 'replace' : 'push');
          // On start the only notice can be autosave's, which the link does not answer.
          if (loaded && !onStart) store.getState().dismissNotice();
        } else {
          store.getState().rejectLink(link.problems);
        }
        // A step edited before a reload: the link's scene, the step on screen only if it is the same.
        if (lesson.kind === 'lesson') {
          resumeLesson(lesson.lesson, lesson.at);
          if (onStart) forgetHistory();
        }
      });
    } finally {
      reading = false;
    }
  };

  let pending = false;
  const writeNow = () => {
    if (!pending || store.getState().gesturing) return;
    pending = false;
    const state = store.getState();
    const { display, network, lesson, lessonAt } = state;
    // In the lab the scene's keys say which room it is: lab=1 is needed only while they are absent.
    const lab = display.room === 'lab';
    const kept = [
      ...(lab ? sceneAndLessonParts(settledScene(state), lesson, lessonAt) : []),
      ...networkKeyParts(network),
      ...viewParts(bar.location.hash).filter((part) => !(lab && part === 'lab=1')),
    ].join('&');
    const hash = withViewKeys(kept, {
      present: display.presenting,
      contrast: display.contrast,
      landscape: display.landscape,
    });
    if (bar.location.hash.replace(/^#/, '') !== hash)
      bar.history.replaceState(null, '', `#${hash}`);
  };
  // Writing a long link costs the browser a few milliseconds: off the frames that animate.
  const whenIdle = () =>
    bar.requestIdleCallback ? bar.requestIdleCallback(writeNow, { timeout: interval }) : writeNow();
  const write = throttle(whenIdle, interval);

  read(true);
  const unsubscribe = store.subscribe((state, previous) => {
    // A scene read from the hash is already there; rewriting it would erase a hand-typed link.
    if ((state.scene !== previous.scene || state.network !== previous.network) && !reading)
      pending = true;
    const lessonChanged = state.lesson !== previous.lesson || state.lessonAt !== previous.lessonAt;
    if ((viewKeysChanged(state.display, previous.display) || lessonChanged) && !reading) {
      // A click or a key, not a drag: written now, or at the end of the key press.
      pending = true;
      if (!state.gesturing) writeNow();
    }
    if (!pending || state.gesturing) return;
    // The end of a drag, a key or a slider: now, in the same task, so a link copied next is current.
    if (previous.gesturing) writeNow();
    else write();
  });
  const onHashChange = () => read(false);
  bar.addEventListener('hashchange', onHashChange);
  bar.addEventListener('pagehide', writeNow);

  return () => {
    writeNow();
    unsubscribe();
    bar.removeEventListener('hashchange', onHashChange);
    bar.removeEventListener('pagehide', writeNow);
  };
}
