import { useEffect } from 'react';
import { useExplorer, useExplorerStore } from '../explorerContext';
import { useMediaQuery } from '../kit/measure';

/** Long enough to follow a point with the eye, short enough not to hold up a class. */
const GLIDE_MS = 700;

/**
 * Drives the store's glide between two steps of a lesson, one move a frame; under reduced motion
 * the points are at the new step's places at once.
 */
export function useStepGlide() {
  const store = useExplorerStore();
  // The journey, not its frames: each frame writes a new glide, which must not restart the clock.
  const glide = useExplorer((state) => state.glide?.to ?? null);
  const still = useMediaQuery('(prefers-reduced-motion: reduce)');
  useEffect(() => {
    if (!glide) return;
    if (still) {
      store.getState().glideTo(1);
      return;
    }
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = (now - start) / GLIDE_MS;
      store.getState().glideTo(t);
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [glide, still, store]);
}
