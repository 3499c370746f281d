import { describe, expect, it } from 'vitest';
import { allPairs } from '../engine';
import { defaultScene } from './defaultScene';
import { scenePairCount, scenePairIndex, tidy } from './model';

describe('the scene model', () => {
  it('counts pairs of both kinds of scene', () => {
    expect(scenePairCount(defaultScene)).toBe(4);
    expect(scenePairCount({ ...defaultScene, pairs: 'all' })).toBe(6);
  });

  it('finds a pair by its labels, in either order', () => {
    expect(scenePairIndex(defaultScene, 'B2', 'A2')).toBe(2);
    expect(scenePairIndex(defaultScene, 'A1', 'B2')).toBe(-1);
    const all = { ...defaultScene, pairs: 'all' as const };
    const { first, second } = allPairs([0, 0, 0, 0]);
    const labels = all.points.map((p) => p.label);
    for (let p = 0; p < first.length; p++) {
      expect(scenePairIndex(all, labels[second[p]!]!, labels[first[p]!]!)).toBe(p);
    }
    expect(scenePairIndex(all, 'A1', 'A1')).toBe(-1);
  });

  it('tidies binary noise away', () => {
    expect(tidy(0.8 + 0.01)).toBe(0.81);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
  });
});
