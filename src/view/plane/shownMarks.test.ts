import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../scene/store/store';
import { readViewKeys } from '../../scene/codec/viewLink';
import { shownMarks } from './shownMarks';

describe('which optional marks the plane draws', () => {
  it('all of them, less those a link hides', () => {
    const none = { chosen: {}, under: '' };
    expect(shownMarks([], none)).toEqual({ circles: true, lines: true, labels: true });
    expect(shownMarks(['circles', 'labels', 'toolbar'], none)).toEqual({
      circles: false,
      lines: true,
      labels: false,
    });
  });

  it('the reader’s toggles over the link’s, until the link’s hidden list changes', () => {
    const store = createExplorerStore();
    const shown = () => shownMarks(store.getState().display.hidden, store.getState().display.marks);
    store.getState().readViewKeys(readViewKeys('hide=lines'));
    expect(shown().lines).toBe(false);
    store.getState().showMark('lines', true);
    store.getState().showMark('circles', false);
    expect(shown()).toEqual({ circles: false, lines: true, labels: true });
    // The hash edited by hand: the link speaks again.
    store.getState().readViewKeys(readViewKeys('hide=labels'));
    expect(shown()).toEqual({ circles: true, lines: true, labels: false });
  });
});
