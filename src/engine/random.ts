/**
 * Seeded randomness for everything the engine draws (sampled pairs, the digits' split, a network's
 * first weights, its training pairs): the same seed gives the same draws on every machine.
 */

/** A small seeded generator (a 32-bit LCG, Numerical Recipes' constants): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = (Math.trunc(seed) >>> 0) ^ 0x9e3779b9;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Fisher–Yates, in place: every order equally likely, decided by `random`. */
export function shuffle(
  values: { [index: number]: number; readonly length: number },
  random: () => number,
): void {
  for (let k = values.length - 1; k > 0; k--) {
    const swap = Math.floor(random() * (k + 1));
    const held = values[k]!;
    values[k] = values[swap]!;
    values[swap] = held;
  }
}
