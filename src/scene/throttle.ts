/**
 * Calls `run` at most once per `interval` ms while calls keep coming, and always once more after
 * the last call, so the final state of an edit is never lost.
 */
export interface Throttled {
  (): void;
  /** Runs a pending call now. */
  flush(): void;
}

export function throttle(run: () => void, interval: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let lastRun = -Infinity;

  const fire = () => {
    timer = undefined;
    pending = false;
    lastRun = Date.now();
    run();
  };

  const throttled = () => {
    pending = true;
    if (timer !== undefined) return;
    timer = setTimeout(fire, Math.max(0, lastRun + interval - Date.now()));
  };
  throttled.flush = () => {
    if (!pending) return;
    clearTimeout(timer);
    fire();
  };
  return throttled;
}
