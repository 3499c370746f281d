import type { KeyboardEvent } from 'react';
import type { Highlight } from '../../../scene/store/store';
import { useActions } from '../../explorerContext';

/**
 * What makes a table's row a control linked to the plane: a click, Enter or Space chooses it
 * (`choose` puts it into the store's selection), and while the pointer or the focus is on it,
 * `lights` is lit on the plane. The returned props go on the row.
 */
export function useRowActivation(choose: () => void, lights: Highlight) {
  const { setHighlight } = useActions();
  const light = () => setHighlight(lights);
  const unlight = () => setHighlight(null);
  return {
    tabIndex: 0,
    onClick: choose,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose();
      }
    },
    onPointerEnter: light,
    onPointerLeave: unlight,
    onFocus: light,
    onBlur: unlight,
  };
}
