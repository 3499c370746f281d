/** The soak's dice: a seeded generator, so any run can be replayed from its seed. */

/** mulberry32: a tiny, well-mixed 32-bit generator; the same seed always gives the same run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Dice {
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
  between(low: number, high: number): number;
}

export function dice(random: () => number): Dice {
  const below = (n: number) => Math.floor(random() * n);
  return {
    below,
    pick: (items) => items[below(items.length)]!,
    between: (low, high) => low + random() * (high - low),
  };
}
