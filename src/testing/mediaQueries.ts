/**
 * jsdom has no `window.matchMedia`: this gives it one whose answers a test chooses, read afresh
 * each time as a real list's are. Returns the function that takes it away again.
 */
import { vi } from 'vitest';

export function stubMediaQueries(matches: (query: string) => boolean): () => void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return matches(query);
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  return () => vi.unstubAllGlobals();
}
