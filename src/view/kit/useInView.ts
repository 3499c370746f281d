import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element is on screen or close to it (within `margin`), by IntersectionObserver.
 * Where there is none (tests in jsdom), everything counts as in view.
 */
export function useInView<T extends Element>(margin = '300px') {
  const ref = useRef<T>(null);
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      ([entry]) => setInView(entry?.isIntersecting ?? true),
      {
        rootMargin: `${margin} 0px`,
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return [ref, inView] as const;
}
