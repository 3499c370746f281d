import { useEffect } from 'react';
import { useActions } from './explorerContext';

/** Escape anywhere on the page forgets the selected pair. */
export function useEscapeClearsSelection() {
  const { selectPair } = useActions();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') selectPair(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selectPair]);
}
