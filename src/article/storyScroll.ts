/**
 * Which section of the article the reader is in: the one that crosses a line across the window
 * (halfway down beside the figure; lower on a phone, where the figure stands over the top of the
 * text). Sections register themselves (`useStoryAnchor`), so those of the lazily loaded rest of
 * the article join when they arrive.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { storyStep, STORY } from './story';

type Observe = (element: HTMLElement) => () => void;

const StoryAnchors = createContext<Observe | null>(null);
export const StoryAnchorProvider = StoryAnchors.Provider;

/** Makes a section one the story's figure follows; outside the article room it does nothing. */
export function useStoryAnchor(ref: RefObject<HTMLElement | null>) {
  const observe = useContext(StoryAnchors);
  useEffect(() => {
    const element = ref.current;
    return observe && element ? observe(element) : undefined;
  }, [observe, ref]);
}

/** Where the reading line crosses the window: a share of its height from the top. */
export const READING_LINE = { beside: 0.5, under: 0.72 } as const;

/**
 * The id of the section being read, and the function sections register with. It starts at the
 * section `first` names (a link to a section), else the first.
 */
export function useStoryScroll(under: boolean, first?: string) {
  const [active, setActive] = useState(() => (first && storyStep(first) ? first : STORY[0]!.id));
  const elements = useRef(new Set<HTMLElement>());
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const line = under ? READING_LINE.under : READING_LINE.beside;
    const next = new IntersectionObserver(
      (entries) => {
        const crossing = entries.find(
          (entry) => entry.isIntersecting && storyStep(entry.target.id),
        );
        if (crossing) setActive(crossing.target.id);
      },
      // A band one pixel tall at the reading line.
      { rootMargin: `-${line * 100}% 0px -${(1 - line) * 100 - 0.1}% 0px` },
    );
    for (const element of elements.current) next.observe(element);
    observer.current = next;
    return () => {
      next.disconnect();
      observer.current = null;
    };
  }, [under]);
  const observe = useCallback<Observe>((element) => {
    elements.current.add(element);
    observer.current?.observe(element);
    return () => {
      elements.current.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);
  return { active, observe };
}
