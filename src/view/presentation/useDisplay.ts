import { useEffect, useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import { useMediaQuery } from '../measure';
import { displayStore, onFullscreenChange, readDisplayLink, type Display } from './display';
import type { Theme } from './theme';

export function useDisplay<T>(selector: (display: Display) => T): T {
  return useStore(displayStore, selector);
}

/** The theme in use: the reader's choice, else the system's. */
export function useTheme(): Theme {
  const choice = useDisplay((display) => display.themeChoice);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return choice ?? (systemDark ? 'dark' : 'light');
}

/**
 * Reads the view keys from the link (and again when the hash is edited by hand), follows full
 * screen, and states the display on <html>, where theme.css and presentation.css pick it up:
 * `data-theme`, `data-contrast`, the `presenting` class and one `hide-<control>` class a hidden
 * control.
 */
export function useDisplaySync() {
  useLayoutEffect(() => {
    readDisplayLink();
    window.addEventListener('hashchange', readDisplayLink);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('hashchange', readDisplayLink);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, []);
  const theme = useTheme();
  const presenting = useDisplay((display) => display.presenting);
  const contrast = useDisplay((display) => display.contrast);
  const hidden = useDisplay((display) => display.hidden);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.contrast = contrast ? 'high' : 'normal';
    root.classList.toggle('presenting', presenting);
    const classes = hidden.map((name) => `hide-${name}`);
    root.classList.add(...classes);
    return () => root.classList.remove(...classes);
  }, [theme, contrast, presenting, hidden]);
  useEffect(() => {
    // A projector at the back of the room: start at the top of the figure, not mid-article.
    if (presenting) window.scrollTo({ top: 0 });
  }, [presenting]);
}
