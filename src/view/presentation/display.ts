/**
 * How the page is shown, apart from the scene: presentation mode, high contrast, the theme and
 * the controls a link hides. One small store for the page, outside the scene's store because
 * none of it is part of a scene, an undo step or an exported file.
 */
import { createStore } from 'zustand/vanilla';
import { readTheme, saveTheme, type Theme } from './theme';
import { readViewKeys, withViewKeys, type ControlName } from './viewLink';

export interface Display {
  readonly presenting: boolean;
  readonly contrast: boolean;
  /** The loss landscape under the plane (`landscape=1`), shared with a link like the rest. */
  readonly landscape: boolean;
  readonly hidden: readonly ControlName[];
  /** The reader's own choice; null follows the system's `prefers-color-scheme`. */
  readonly themeChoice: Theme | null;
}

export const displayStore = createStore<Display>(() => ({
  presenting: false,
  contrast: false,
  landscape: false,
  hidden: [],
  themeChoice: null,
}));

/**
 * Whether the page is in full screen because presentation asked for it, so leaving full screen can
 * leave presentation. Set only once the browser has granted it: a quick leave and re-enter queues
 * the first exit's `fullscreenchange` behind the new request, and that old event must not end the
 * new presentation.
 */
let fullscreenByUs = false;

/** Puts the view keys back in the address bar, leaving the scene's keys as they are. */
function writeLink() {
  const { presenting, contrast, landscape } = displayStore.getState();
  const hash = withViewKeys(window.location.hash, { present: presenting, contrast, landscape });
  if (hash !== window.location.hash.replace(/^#/, '')) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}#${hash}`);
  }
}

/** Reads the view keys from the address bar (on start and when the hash is edited by hand). */
export function readDisplayLink() {
  const keys = readViewKeys(window.location.hash);
  displayStore.setState({
    presenting: keys.present,
    contrast: keys.contrast,
    landscape: keys.landscape,
    hidden: keys.hidden,
    themeChoice: displayStore.getState().themeChoice ?? readTheme(),
  });
}

/**
 * Enters presentation. Full screen only comes with a click or a key press (browsers refuse it
 * otherwise), and a refusal is fine: the mode works in a window too.
 */
export function enterPresentation(gesture: boolean) {
  displayStore.setState({ presenting: true });
  writeLink();
  const root = document.documentElement;
  if (!gesture || document.fullscreenElement || typeof root.requestFullscreen !== 'function')
    return;
  root.requestFullscreen().then(
    () => {
      // Left again before the browser answered: full screen goes with it.
      if (displayStore.getState().presenting) fullscreenByUs = true;
      else document.exitFullscreen().catch(() => undefined);
    },
    () => undefined,
  );
}

export function leavePresentation() {
  displayStore.setState({ presenting: false });
  writeLink();
  if (fullscreenByUs && document.fullscreenElement) {
    document.exitFullscreen().catch(() => undefined);
  }
  fullscreenByUs = false;
}

/** The browser's own Escape leaves full screen without telling the page's keys: follow it. */
export function onFullscreenChange() {
  if (!document.fullscreenElement && fullscreenByUs) leavePresentation();
}

export function setLandscape(landscape: boolean) {
  displayStore.setState({ landscape });
  writeLink();
}

export function setContrast(contrast: boolean) {
  displayStore.setState({ contrast });
  writeLink();
}

export function chooseTheme(theme: Theme) {
  displayStore.setState({ themeChoice: theme });
  saveTheme(theme);
}
