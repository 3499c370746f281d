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
 * The keys a lesson's presenter steps with: what a presentation clicker sends (Page Down and Page
 * Up), and the arrow keys where nothing focused takes them for itself (a point, a slider, the tabs).
 */
const STEP_KEYS: Readonly<Record<string, 1 | -1>> = {
  PageDown: 1,
  PageUp: -1,
  ArrowRight: 1,
  ArrowLeft: -1,
};

/** Whether the focused element moves with the arrow keys itself. */
const takesArrows = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) ||
    /^(tab|slider|radio|option)$/.test(target.getAttribute('role') ?? ''));

/**
 * The page's keys (CONTRACT.md section 5): Ctrl+Z (Cmd+Z on macOS) undoes, with Shift (or Ctrl+Y)
 * redoes; Escape forgets the selected pair and leaves presentation; P enters or leaves
 * presentation in the lab, except while typing (a name may well hold a p) and in another page's
 * frame, which shows the figure alone already and has no full screen of its own to take; the
 * article, a page to read, has nothing to present. Presenting a lesson,
 * Page Down and Page Up (a clicker's keys) and the arrow keys go to the next and previous step.
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
      const { display, lesson, lessonAt, goToStep } = store.getState();
      const move = STEP_KEYS[event.key];
      if (
        move &&
        plain &&
        (display.presenting || display.embedded) &&
        lesson.steps.length > 0 &&
        !event.defaultPrevented &&
        !(event.key.startsWith('Arrow') ? takesArrows(event.target) : typing(event.target))
      ) {
        const next = lessonAt + move;
        if (next >= 0 && next < lesson.steps.length) goToStep(next);
        event.preventDefault();
        return;
      }
      if (
        plain &&
        display.room === 'lab' &&
        !display.embedded &&
        event.key.toLowerCase() === 'p' &&
        !typing(event.target)
      ) {
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
