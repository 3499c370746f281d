import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { ControlName } from '../../scene/codec/viewLink';
import { hiddenKey, hiddenNow, type Display, type Theme } from '../../scene/store/storeDisplay';
import { useExplorer, useExplorerStore } from '../explorerContext';
import { useMediaQuery } from '../kit/measure';
import { onFullscreenChange } from '../presentation/display';
import { connectEmbedHeight } from '../embed/embedHeight';

/** A part of how the page is shown (the store's `display`). */
export function useDisplay<T>(selector: (display: Display) => T): T {
  return useExplorer((state) => selector(state.display));
}

/** The controls left out now: the link's, and before an audience the step's (`hiddenNow`). */
export function useHidden(): readonly ControlName[] {
  // A key, not a list: the list is made afresh each time a step adds to the link's.
  const key = useExplorer((state) => hiddenKey(hiddenNow(state)));
  return useMemo(() => (key === '' ? [] : (key.split(',') as ControlName[])), [key]);
}

/** The theme in use: the reader's choice, else the system's. */
export function useTheme(): Theme {
  const choice = useDisplay((display) => display.themeChoice);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return choice ?? (systemDark ? 'dark' : 'light');
}

/**
 * Follows full screen, and states the display on <html>, where theme.css, presentation.css and
 * embed.css pick it up: `data-theme`, `data-contrast`, the `presenting` and `embedded` classes and
 * one `hide-<control>` class a hidden control. In a frame it tells the parent the page's height.
 * (The link's view keys are read with the scene's, by hashSync.ts.)
 */
export function useDisplaySync() {
  const store = useExplorerStore();
  useLayoutEffect(() => {
    const follow = () => onFullscreenChange(store);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, [store]);
  const theme = useTheme();
  const presenting = useDisplay((display) => display.presenting);
  const contrast = useDisplay((display) => display.contrast);
  const embedded = useDisplay((display) => display.embedded);
  const hidden = useHidden();
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.contrast = contrast ? 'high' : 'normal';
    root.classList.toggle('presenting', presenting);
    root.classList.toggle('embedded', embedded);
    const classes = hidden.map((name) => `hide-${name}`);
    root.classList.add(...classes);
    return () => root.classList.remove(...classes);
  }, [theme, contrast, presenting, embedded, hidden]);
  useEffect(() => (embedded ? connectEmbedHeight(window) : undefined), [embedded]);
  useEffect(() => {
    // A projector at the back of the room: start at the top of the figure, not mid-article.
    if (presenting) window.scrollTo({ top: 0 });
  }, [presenting]);
}
