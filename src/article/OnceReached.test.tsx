// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnceReached } from './OnceReached';

/** An IntersectionObserver the test moves by hand: `near(true)` brings the box near the screen. */
function stubObserver() {
  let report: IntersectionObserverCallback = () => {};
  const disconnect = vi.fn();
  class FakeObserver {
    readonly observe = vi.fn();
    readonly disconnect = disconnect;
    constructor(callback: IntersectionObserverCallback) {
      report = callback;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const near = (isIntersecting: boolean) =>
    act(() => {
      report([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
    });
  return { near, disconnect };
}

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
    const { near, disconnect } = stubObserver();
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
