/**
 * Runs `run` `interval` ms after a call, and then at most once per `interval` while calls keep
 * coming: never on the call itself (so a drag's first frame stays light) and always once after the
 * last call, so the final state of an edit is never lost.
 */
export interface Throttled {
  (): void;
  /** Runs a pending call now. */
  flush(): void;
}

export function throttle(run: () => void, interval: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    timer = undefined;
    run();
  };

  const throttled = () => {
    if (timer === undefined) timer = setTimeout(fire, interval);
  };
  throttled.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    fire();
  };
  return throttled;
}
