import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/** The size of an element in CSS pixels, kept up to date with a ResizeObserver. */
export function useElementSize<T extends HTMLElement>(fallbackWidth: number) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: fallbackWidth, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      setSize({ width: Math.floor(box.width), height: Math.floor(box.height) });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}

/** The width of an element in CSS pixels. */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const [ref, size] = useElementSize<T>(fallback);
  return [ref, size.width] as const;
}

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The window's inner height, so the figure can fit the screen without scrolling. */
export function useWindowHeight(fallback: number): number {
  return useSyncExternalStore(
    subscribeToResize,
    () => window.innerHeight,
    () => fallback,
  );
}

const mediaQueries = new Map<string, MediaQueryList>();

/** One MediaQueryList per query: creating them is not free, and this runs on every render. */
function mediaQuery(query: string): MediaQueryList {
  let list = mediaQueries.get(query);
  if (!list) {
    list = window.matchMedia(query);
    mediaQueries.set(query, list);
  }
  return list;
}

/** A screen used with a finger and no hovering pointer: a phone or a tablet. */
export const TOUCH_FIRST = '(hover: none) and (pointer: coarse)';

/** A screen wide enough for the figure to sit beside the article (layout.css's breakpoint). */
export const FIGURE_BESIDE_ARTICLE = '(min-width: 1100px)';

/** Whether a media query matches, following changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaQuery(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => mediaQuery(query).matches,
    () => false,
  );
}
