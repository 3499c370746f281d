import { describe, expect, it } from 'vitest';
import {
  CONTRACT_LEARNING_RATE,
  contrastiveLearningRate,
  infoNceLearningRate,
  mostTripletsAtAPoint,
  roundDownToStep,
  tripletLearningRate,
} from './learningRate';
import { allPairs, incidenceOf, listedPairs } from './pairs';

/** Counts every (anchor, positive, negative) a point is in, one by one. */
function tripletsAt(identityOf: Int32Array, point: number): number {
  const n = identityOf.length;
  let count = 0;
  for (let a = 0; a < n; a++)
    for (let p = 0; p < n; p++)
      for (let m = 0; m < n; m++) {
        const valid = a !== p && identityOf[a] === identityOf[p] && identityOf[m] !== identityOf[a];
        if (valid && (a === point || p === point || m === point)) count++;
      }
  return count;
}

describe('each loss’s default learning rate', () => {
  it('is the largest of 1, 2 or 5 times a power of ten not above the bound, read back as typed', () => {
    expect(roundDownToStep(0.45)).toBe(0.2);
    expect(roundDownToStep(0.5)).toBe(0.5);
    expect(roundDownToStep(0.000199)).toBe(0.0001);
    expect(roundDownToStep(0.00021)).toBe(0.0002);
    expect(roundDownToStep(7)).toBe(5);
  });

  it('keeps the contract’s 0.1 for the contrastive loss while no point has more than four pairs', () => {
    const identity = Int32Array.from([0, 0, 1, 1]);
    const example = listedPairs(identity, [0, 0, 1, 2], [1, 2, 3, 3]);
    expect(contrastiveLearningRate(incidenceOf(example, 4))).toBe(CONTRACT_LEARNING_RATE);
    const twelve = allPairs(new Int32Array(12));
    // 11 pairs at each point: 0.4 / 11 = 0.036, rounded down to 0.02.
    expect(contrastiveLearningRate(incidenceOf(twelve, 12))).toBe(0.02);
  });

  it('counts the triplets a point is in as the one-by-one count does', () => {
    for (const ids of [
      [0, 0, 1, 1],
      [0, 0, 0, 1, 1, 2],
      [0, 1, 2],
      [0, 0, 0, 0, 1],
    ]) {
      const identityOf = Int32Array.from(ids);
      const most = Math.max(...ids.map((_, i) => tripletsAt(identityOf, i)));
      expect(mostTripletsAtAPoint(identityOf)).toBe(most);
    }
  });

  it('shrinks the triplet rate with the number of triplets and grows it with the margin', () => {
    const example = Int32Array.from([0, 0, 1, 1]);
    // Each point of the example is in 6 triplets: 0.25 · 1 / 12 = 0.0208 → 0.02.
    expect(tripletLearningRate(example, 1)).toBe(0.02);
    expect(tripletLearningRate(example, 2)).toBe(0.02);
    expect(tripletLearningRate(example, 4)).toBe(0.05);
    const bigger = Int32Array.from({ length: 40 }, (_, i) => i % 8);
    expect(tripletLearningRate(bigger, 1)).toBeLessThan(tripletLearningRate(example, 1) / 50);
  });

  it('follows τ for InfoNCE', () => {
    expect(infoNceLearningRate(0.1)).toBe(0.05);
    expect(infoNceLearningRate(1)).toBe(0.5);
    expect(infoNceLearningRate(0.01)).toBe(0.005);
  });
});
