import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once per interval during a burst and once after it, never on the first call', () => {
    const run = vi.fn();
    const throttled = throttle(run, 100);
    throttled();
    expect(run).not.toHaveBeenCalled();
    for (let t = 0; t < 350; t += 10) {
      throttled();
      vi.advanceTimersByTime(10);
    }
    expect(run).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it('runs a pending call at once when flushed, and nothing when none is pending', () => {
    const run = vi.fn();
    const throttled = throttle(run, 100);
    throttled.flush();
    expect(run).not.toHaveBeenCalled();
    throttled();
    throttled.flush();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
