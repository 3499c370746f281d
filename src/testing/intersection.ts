/**
 * jsdom has no IntersectionObserver: this gives it one that reports only when a test says so.
 * `near(true)` tells every element observed that it has come near the screen, `near(false)` that
 * it has left. `vi.unstubAllGlobals()` takes it away again.
 */
import { act } from '@testing-library/react';
import { vi } from 'vitest';

export function stubIntersectionObserver() {
  const reports: IntersectionObserverCallback[] = [];
  const disconnect = vi.fn();
  class FakeObserver {
    readonly observe = vi.fn();
    readonly disconnect = disconnect;
    constructor(callback: IntersectionObserverCallback) {
      reports.push(callback);
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const near = (isIntersecting: boolean) =>
    act(() => {
      for (const report of reports)
        report([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
    });
  return { near, disconnect };
}
