/**
 * Presentation mode and the browser's full screen, which presentation asks for and follows. The
 * mode itself is the store's (`display.presenting`); these add full screen around its changes.
 */
import type { Explorer } from '../../scene/store/store';

/** What of the store these need: the display, and the way to change presentation. */
export interface Presenter {
  getState(): Pick<Explorer, 'display' | 'setPresenting'>;
}

/**
 * Whether the page is in full screen because presentation asked for it, so leaving full screen can
 * leave presentation. Set only once the browser has granted it: a quick leave and re-enter queues
 * the first exit's `fullscreenchange` behind the new request, and that old event must not end the
 * new presentation. It mirrors the document's own state, so it lives beside the document's calls.
 */
let fullscreenByUs = false;

/**
 * Enters presentation. Full screen only comes with a click or a key press (browsers refuse it
 * otherwise), and a refusal is fine: the mode works in a window too.
 */
export function enterPresentation(store: Presenter, gesture: boolean) {
  store.getState().setPresenting(true);
  const root = document.documentElement;
  if (!gesture || document.fullscreenElement || typeof root.requestFullscreen !== 'function')
    return;
  root.requestFullscreen().then(
    () => {
      // Left again before the browser answered: full screen goes with it.
      if (store.getState().display.presenting) fullscreenByUs = true;
      else document.exitFullscreen().catch(() => undefined);
    },
    () => undefined,
  );
}

export function leavePresentation(store: Presenter) {
  store.getState().setPresenting(false);
  if (fullscreenByUs && document.fullscreenElement) {
    document.exitFullscreen().catch(() => undefined);
  }
  fullscreenByUs = false;
}

/** P and the toolbar's button: in or out, whichever it is not. */
export function togglePresentation(store: Presenter) {
  if (store.getState().display.presenting) leavePresentation(store);
  else enterPresentation(store, true);
}

/** The browser's own Escape leaves full screen without telling the page's keys: follow it. */
export function onFullscreenChange(store: Presenter) {
  if (!document.fullscreenElement && fullscreenByUs) leavePresentation(store);
}
