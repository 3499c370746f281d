import { describe, expect, it } from 'vitest';
import { knnAccuracy } from './knn';

/** A map with every image on the x axis. */
const onLine = (xs: readonly number[]) => Float64Array.from(xs.flatMap((x) => [x, 0]));

describe('the k-nearest-neighbour accuracy', () => {
  // Held-out image 0 at x = 0; training images 1–5 to its right.
  //   image:  1    2    3    4    5
  //   x:      1.0  1.2  1.3  1.4  1.5
  const map = onLine([0, 1, 1.2, 1.3, 1.4, 1.5]);
  const train = Int32Array.of(1, 2, 3, 4, 5);
  const heldOut = Int32Array.of(0);
  const score = (trainDigits: readonly number[], heldOutDigit: number, k = 5) =>
    knnAccuracy(map, Uint8Array.of(heldOutDigit, ...trainDigits), train, heldOut, k);

  it('names the digit most of the k nearest show, even when the nearest shows another', () => {
    expect(score([3, 4, 4, 5, 6], 4)).toBe(1);
    expect(score([3, 4, 4, 5, 6], 3)).toBe(0);
  });

  it('hands a tied vote to the digit whose nearest member is nearest', () => {
    // 7 at 1.0 and 1.5, 8 at 1.2 and 1.4: two votes each; 7's nearest (1.0) wins.
    expect(score([7, 8, 9, 8, 7], 7)).toBe(1);
    expect(score([7, 8, 9, 8, 7], 8)).toBe(0);
    // Move 8's members first: 8 at 1.0 and 1.4, 7 at 1.2 and 1.5.
    expect(score([8, 7, 9, 8, 7], 8)).toBe(1);
  });

  it('votes among the k nearest only', () => {
    // k = 3: 1.0, 1.2, 1.3 vote, the two 5s beyond do not.
    expect(score([1, 2, 2, 5, 5], 2, 3)).toBe(1);
    expect(score([1, 2, 2, 5, 5], 5, 5)).toBe(0);
    expect(score([1, 2, 2, 5, 5], 1, 1)).toBe(1);
  });

  it('counts the share of held-out images named right, and uses all training images when fewer than k', () => {
    const line = onLine([0, 10, 0.1, 9.9, 5.2, 4.8]);
    const digits = Uint8Array.of(0, 1, 0, 1, 0, 1);
    const twoOfThree = knnAccuracy(line, digits, Int32Array.of(2, 3), Int32Array.of(0, 1, 4), 1);
    expect(twoOfThree).toBeCloseTo(2 / 3, 15);
    expect(knnAccuracy(line, digits, Int32Array.of(2), Int32Array.of(0, 1), 5)).toBe(0.5);
  });

  it('breaks ties of distance by the order of the training list', () => {
    const line = onLine([0, -1, 1]);
    const digits = Uint8Array.of(1, 1, 2);
    expect(knnAccuracy(line, digits, Int32Array.of(1, 2), Int32Array.of(0), 1)).toBe(1);
    expect(knnAccuracy(line, digits, Int32Array.of(2, 1), Int32Array.of(0), 1)).toBe(0);
  });

  it('has nothing to score without held-out or training images', () => {
    expect(knnAccuracy(map, new Uint8Array(6), train, new Int32Array(0))).toBeNaN();
    expect(knnAccuracy(map, new Uint8Array(6), new Int32Array(0), heldOut)).toBeNaN();
  });
});
