import { describe, expect, it } from 'vitest';
import { readTheme, saveTheme, THEME_KEY, type ThemeStorage } from './theme';

const memory = (): ThemeStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
};

const broken: ThemeStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('theme storage', () => {
  it('remembers the choice under its key', () => {
    const storage = memory();
    expect(saveTheme('dark', storage)).toBe(true);
    expect(storage.data.get(THEME_KEY)).toBe('dark');
    expect(readTheme(storage)).toBe('dark');
  });

  it('follows the system when nothing, or something unreadable, is stored', () => {
    const storage = memory();
    expect(readTheme(storage)).toBeNull();
    storage.data.set(THEME_KEY, '<b>purple</b>');
    expect(readTheme(storage)).toBeNull();
  });

  it('survives storage that throws or is missing', () => {
    expect(readTheme(broken)).toBeNull();
    expect(saveTheme('light', broken)).toBe(false);
    expect(readTheme(null)).toBeNull();
    expect(saveTheme('dark', null)).toBe(false);
  });
});
