import { describe, expect, it } from 'vitest';
import { allPairs, incidenceOf, listedPairs, pairCountOf } from './pairs';

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
