/**
 * Keeps the address bar's hash and the scene in step (CONTRACT.md section 1).
 *
 * - On start, and whenever the user edits the hash by hand (`hashchange`), the hash is read: a
 *   good link loads its scene; a broken one shows a notice and the example scene.
 * - After an edit the hash is rewritten with `history.replaceState`, at most once a second and
 *   always once the edit ends, so a drag adds no history entries. (Writing a thousand points'
 *   link costs the browser a few milliseconds; once a frame would be too often.)
 */
import { defaultScene } from './defaultScene';
import { readSceneHash, sceneToHash } from './link';
import type { ExplorerStore } from './store';
import { throttle } from './throttle';

/** The parts of `window` this needs, so tests can hand in a fake one. */
export interface AddressBar {
  readonly location: { readonly hash: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
}

/** Starts syncing; returns the function that stops it. */
export function connectHash(store: ExplorerStore, bar: AddressBar, interval = 1000): () => void {
  let reading = false;

  const read = (onStart: boolean) => {
    const link = readSceneHash(bar.location.hash);
    reading = true;
    try {
      if (link.kind === 'empty') {
        if (!onStart) store.getState().loadScene(defaultScene);
      } else if (link.ok) {
        // The link the page opens with starts the history; one typed in later is a step of it.
        if (store.getState().loadScene(link.value, onStart ? 'replace' : 'push')) {
          store.getState().dismissNotice();
        }
      } else {
        store.getState().rejectLink(link.problems);
      }
    } finally {
      reading = false;
    }
  };

  const write = throttle(() => {
    const hash = sceneToHash(store.getState().scene);
    if (bar.location.hash.replace(/^#/, '') !== hash)
      bar.history.replaceState(null, '', `#${hash}`);
  }, interval);

  read(true);
  const unsubscribe = store.subscribe((state, previous) => {
    // A scene read from the hash is already there; rewriting it would erase a hand-typed link.
    if (state.scene !== previous.scene && !reading) write();
  });
  const onHashChange = () => read(false);
  bar.addEventListener('hashchange', onHashChange);
  bar.addEventListener('pagehide', write.flush);

  return () => {
    write.flush();
    unsubscribe();
    bar.removeEventListener('hashchange', onHashChange);
    bar.removeEventListener('pagehide', write.flush);
  };
}
