import { describe, expect, it } from 'vitest';
import { createPairBatch, createPairSampler, type PairBatch } from './sampler';

describe('the pair sampler', () => {
  // 200 images, 20 of each digit (0, 0, 1, 1, 2, 2, …); the even-numbered images train.
  const digits = Uint8Array.from({ length: 200 }, (_, i) => (i >> 1) % 10);
  const train = Int32Array.from({ length: 100 }, (_, k) => 2 * k);
  const chosen = [2, 4, 8];
  const pairsOf = (batch: PairBatch) =>
    Array.from({ length: batch.count }, (_, p): [number, number, number] => [
      batch.first[p]!,
      batch.second[p]!,
      batch.similar[p]!,
    ]);

  it('draws the share of similar pairs asked for, each of two different training images of chosen digits', () => {
    const sample = createPairSampler(digits, train, chosen, 1);
    const batch = createPairBatch(64);
    sample(batch, 50, 0.3);
    expect(batch.count).toBe(50);
    const pairs = pairsOf(batch);
    expect(pairs.filter(([, , similar]) => similar === 1).length).toBe(15);
    for (const [a, b, similar] of pairs) {
      expect(a).not.toBe(b);
      expect(similar).toBe(digits[a] === digits[b] ? 1 : 0);
      for (const image of [a, b]) {
        expect(image % 2).toBe(0);
        expect(chosen).toContain(digits[image]);
      }
    }
  });

  it('reaches every chosen training image, and every pair of chosen digits', () => {
    const sample = createPairSampler(digits, train, chosen, 2);
    const batch = createPairBatch(1000);
    sample(batch, 1000, 0.5);
    const seen = new Set(pairsOf(batch).flatMap(([a, b]) => [a, b]));
    expect(seen.size).toBe(30);
    const digitPairs = new Set(
      pairsOf(batch).map(([a, b]) => [digits[a], digits[b]].sort().join()),
    );
    expect([...digitPairs].sort()).toEqual(['2,2', '2,4', '2,8', '4,4', '4,8', '8,8']);
  });

  it('draws only similar pairs at share 1, or when one digit is chosen', () => {
    const batch = createPairBatch(20);
    createPairSampler(digits, train, chosen, 3)(batch, 20, 1);
    expect(pairsOf(batch).every(([, , similar]) => similar === 1)).toBe(true);
    createPairSampler(digits, train, [6], 3)(batch, 20, 0);
    expect(pairsOf(batch).every(([a, b, similar]) => similar === 1 && a !== b)).toBe(true);
  });

  it('draws the same pairs from the same seed, others from another', () => {
    const draw = (seed: number) => {
      const batch = createPairBatch(30);
      const sample = createPairSampler(digits, train, chosen, seed);
      sample(batch, 30, 0.5);
      sample(batch, 30, 0.5);
      return pairsOf(batch);
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('refuses a batch too small, a digit with fewer than two training images, or none at all', () => {
    expect(() => createPairSampler(digits, train, chosen, 1)(createPairBatch(4), 5, 0.5)).toThrow(
      RangeError,
    );
    expect(() => createPairSampler(digits, Int32Array.of(4, 24, 8), [2, 4], 1)).toThrow(
      /Digit 4 needs at least two training images/,
    );
    expect(() => createPairSampler(digits, Int32Array.of(4, 24), [5], 1)).toThrow(
      /No training images/,
    );
  });
});
