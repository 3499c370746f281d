// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../testing/intersection';
import { OnceReached } from './OnceReached';

const figure = (
  <OnceReached id="box" placeholder={<p>waiting</p>}>
    <p>made</p>
  </OnceReached>
);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('content made once reached', () => {
  it('waits until its place comes near the screen, then stays made', () => {
    const { near, disconnect } = stubIntersectionObserver();
    render(figure);
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(screen.queryByText('made')).toBeNull();
    near(false);
    expect(screen.queryByText('made')).toBeNull();
    near(true);
    expect(screen.getByText('made')).toBeTruthy();
    expect(disconnect).toHaveBeenCalled();
    near(false);
    expect(screen.getByText('made')).toBeTruthy();
  });

  it('is made at once where nothing can tell what is on screen', () => {
    render(figure);
    expect(screen.getByText('made')).toBeTruthy();
    expect(document.getElementById('box')?.tabIndex).toBe(-1);
  });
});
