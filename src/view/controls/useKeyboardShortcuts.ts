import { useEffect } from 'react';
import { useActions, useExplorerStore } from '../explorerContext';
import { leavePresentation, togglePresentation } from '../presentation/display';

/** Where typing has its own undo, the page's shortcuts stand back. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
  !(
    target instanceof HTMLInputElement &&
    (target.type === 'range' || target.type === 'checkbox' || target.type === 'radio')
  );

/**
 * The page's keys (CONTRACT.md section 5): Ctrl+Z (Cmd+Z on macOS) undoes, with Shift (or Ctrl+Y)
 * redoes; Escape forgets the selected pair and leaves presentation; P enters or leaves
 * presentation, except while typing (a name may well hold a p).
 */
export function useKeyboardShortcuts() {
  const { undo, redo, selectPair } = useActions();
  const store = useExplorerStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        selectPair(null);
        if (store.getState().display.presenting) leavePresentation(store);
        return;
      }
      const plain = !(event.ctrlKey || event.metaKey || event.altKey);
      if (plain && event.key.toLowerCase() === 'p' && !typing(event.target)) {
        togglePresentation(store);
        event.preventDefault();
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo, selectPair, store]);
}
