/** Timing helpers shared by the benchmarks: medians over repeated runs after a warm-up. */

export interface Timing {
  /** Median wall time of one run, milliseconds. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/**
 * Runs `run` `warmup` times unmeasured, then measures it until it has `minSamples` samples and
 * `minTime` ms have passed, or `maxSamples` samples, whichever comes first.
 */
export function measure(
  run: (iteration: number) => void,
  { warmup = 3, minSamples = 5, maxSamples = 200, minTime = 300 } = {},
): Timing {
  for (let k = 0; k < warmup; k++) run(k);
  const times: number[] = [];
  const started = performance.now();
  while (
    times.length < maxSamples &&
    (times.length < minSamples || performance.now() - started < minTime)
  ) {
    const before = performance.now();
    run(warmup + times.length);
    times.push(performance.now() - before);
  }
  return timingOf(times);
}

/** The summary of measured run times, ms. */
export function timingOf(times: readonly number[]): Timing {
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    samples: times.length,
  };
}
