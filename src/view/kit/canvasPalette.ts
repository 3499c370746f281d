/**
 * The colours the canvas layers draw with. Canvases cannot use CSS custom properties, so the
 * page's theme colours (theme.css: light, dark, high contrast) are read off <html> and handed to
 * the drawing functions.
 */
import { useSyncExternalStore } from 'react';

export interface CanvasPalette {
  readonly ink: string;
  readonly push: string;
  readonly pull: string;
  /** The casing around symbols: the card's colour. */
  readonly halo: string;
  readonly dissimilar: string;
  readonly resting: string;
  /** Where the landscape's ramp starts: the lowest loss blends into the card. */
  readonly card: string;
}

export const LIGHT_PALETTE: CanvasPalette = {
  ink: '#1d1d1f',
  push: '#b3261e',
  pull: '#0b6e4f',
  halo: '#ffffff',
  dissimilar: '#333333',
  resting: '#8f8f8f',
  card: '#ffffff',
};

/** The theme's colours as the page's style sheet defines them now. */
export function readCanvasPalette(root: Element = document.documentElement): CanvasPalette {
  const style = getComputedStyle(root);
  const read = (name: keyof CanvasPalette) =>
    style.getPropertyValue(`--${name}`).trim() || LIGHT_PALETTE[name];
  return {
    ink: read('ink'),
    push: read('push'),
    pull: read('pull'),
    halo: read('halo'),
    dissimilar: read('dissimilar'),
    resting: read('resting'),
    card: read('card'),
  };
}

/** Tells React when <html> takes another theme or contrast (see useDisplaySync). */
function subscribeToTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'data-contrast'],
  });
  return () => observer.disconnect();
}

let cached: { readonly key: string; readonly palette: CanvasPalette } | null = null;

/** The palette for the theme <html> shows now, read once per theme and contrast. */
function currentPalette(): CanvasPalette {
  const root = document.documentElement;
  const key = `${root.dataset.theme ?? ''}|${root.dataset.contrast ?? ''}`;
  if (cached?.key !== key) cached = { key, palette: readCanvasPalette(root) };
  return cached.palette;
}

/** The theme's colours for the canvases, following every change of theme or contrast. */
export function useCanvasPalette(): CanvasPalette {
  return useSyncExternalStore(subscribeToTheme, currentPalette, () => LIGHT_PALETTE);
}
