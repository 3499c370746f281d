import { afterEach, describe, expect, it } from 'vitest';
import { displayStore } from '../presentation/display';
import { currentShownMarks, setMarkShown, shownMarks } from './shownMarks';

afterEach(() => displayStore.setState({ hidden: [] }));

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
    displayStore.setState({ hidden: ['lines'] });
    expect(currentShownMarks().lines).toBe(false);
    setMarkShown('lines', true);
    setMarkShown('circles', false);
    expect(currentShownMarks()).toEqual({ circles: false, lines: true, labels: true });
    // The hash edited by hand: the link speaks again.
    displayStore.setState({ hidden: ['labels'] });
    expect(currentShownMarks()).toEqual({ circles: true, lines: true, labels: false });
  });
});
