/**
 * The reader's choice of theme, remembered in localStorage. Storage can be missing, full or
 * forbidden (private windows, blocked cookies): then the choice lasts until the page closes and
 * nothing else changes.
 */

import type { Theme } from '../../scene/store/storeDisplay';

export const THEME_KEY = 'contrastive-loss:theme';

/** What `localStorage` needs to offer; tests hand in a broken one. */
export type ThemeStorage = Pick<Storage, 'getItem' | 'setItem'>;

const storageOf = (): ThemeStorage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** The remembered choice, or null to follow the system's (anything else stored counts as none). */
export function readTheme(storage: ThemeStorage | null = storageOf()): Theme | null {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice if the browser lets it; says whether it could. */
export function saveTheme(theme: Theme, storage: ThemeStorage | null = storageOf()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(THEME_KEY, theme);
    return true;
  } catch {
    return false;
  }
}
