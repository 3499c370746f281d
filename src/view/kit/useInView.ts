import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element is on screen or close to it (within `margin`), by IntersectionObserver.
 * Where there is none (tests in jsdom), everything counts as in view. With `once`, it counts as
 * out of view until it first comes near and as in view from then on: for what should be made only
 * when the reader gets there, and then kept.
 */
export function useInView<T extends Element>(margin = '300px', { once = false } = {}) {
  const ref = useRef<T>(null);
  const [inView, setInView] = useState(() => !once || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        const near = entry?.isIntersecting ?? true;
        if (!once) setInView(near);
        else if (near) {
          setInView(true);
          observer.disconnect();
        }
      },
      {
        rootMargin: `${margin} 0px`,
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin, once]);
  return [ref, inView] as const;
}
