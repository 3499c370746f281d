import { Suspense, type ReactNode } from 'react';
import { useInView } from '../view/kit/useInView';

/**
 * Content made the first time its place comes near the screen and kept from then on: a lazy
 * figure costs nothing until the reader gets there, and whatever it runs survives scrolling away.
 * Until then, and while its code loads, the placeholder stands in. The box can take the focus from
 * a script (tabindex −1), so a control that brings it into view can hand it the keyboard.
 */
export function OnceReached({
  id,
  placeholder,
  children,
}: {
  id: string;
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const [ref, reached] = useInView<HTMLDivElement>('300px', { once: true });
  return (
    <div id={id} ref={ref} tabIndex={-1}>
      {reached ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
