import { describe, expect, it } from 'vitest';
import { allPairs, balancedPairs, incidenceOf, listedPairs, pairCountOf } from './pairs';

describe('pairs', () => {
  it('lists all pairs in the contract order with labels from identities', () => {
    const pairs = allPairs([0, 0, 1, 1]);
    expect(pairs.count).toBe(6);
    expect([...pairs.first]).toEqual([0, 0, 0, 1, 1, 2]);
    expect([...pairs.second]).toEqual([1, 2, 3, 2, 3, 3]);
    expect([...pairs.similar]).toEqual([1, 0, 0, 0, 0, 1]);
  });

  it('counts n(n − 1)/2 pairs', () => {
    expect([0, 1, 2, 4, 1000, 10000].map(pairCountOf)).toEqual([0, 0, 1, 6, 499500, 49995000]);
  });

  it('indexes the pairs of each point', () => {
    const pairs = listedPairs([0, 0, 1, 1], [0, 0, 1, 2], [1, 2, 3, 3]);
    const { offsets, pairIndex } = incidenceOf(pairs, 4);
    const pairsOf = (i: number) => [...pairIndex.subarray(offsets[i], offsets[i + 1])];
    expect([0, 1, 2, 3].map(pairsOf)).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
  });
});

describe('balanced sampling', () => {
  const identity = Array.from({ length: 40 }, (_, i) => Math.floor(i / 5));

  it('keeps every similar pair and draws k dissimilar pairs for each', () => {
    const pairs = balancedPairs(identity, 3, 7);
    const similar = [...pairs.similar].filter((s) => s === 1).length;
    expect(similar).toBe(8 * 10);
    expect(pairs.count - similar).toBe(3 * 80);
    const keys = new Set([...pairs.first].map((i, p) => `${i},${pairs.second[p]}`));
    expect(keys.size).toBe(pairs.count);
    for (let p = 0; p < pairs.count; p++) expect(pairs.first[p]!).toBeLessThan(pairs.second[p]!);
  });

  it('draws the same pairs for the same seed, others for another', () => {
    const a = balancedPairs(identity, 2, 1);
    const b = balancedPairs(identity, 2, 1);
    const c = balancedPairs(identity, 2, 2);
    expect([...a.second]).toEqual([...b.second]);
    expect([...a.second]).not.toEqual([...c.second]);
  });

  it('takes every dissimilar pair when more are asked for than exist', () => {
    const pairs = balancedPairs([0, 0, 1], 10, 3);
    expect(pairs.count).toBe(3);
  });
});
