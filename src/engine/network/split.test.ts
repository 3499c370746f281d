import { describe, expect, it } from 'vitest';
import { DIGITS_HELD_OUT, onlyDigits, splitImages } from './split';

describe('the split', () => {
  const split = splitImages(1797, DIGITS_HELD_OUT, 4);

  it('holds out 597 of the 1,797 digits and trains on the other 1,200', () => {
    expect(split.heldOut.length).toBe(597);
    expect(split.train.length).toBe(1200);
  });

  it('lists every image once, each list sorted', () => {
    const all = [...split.train, ...split.heldOut].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 1797 }, (_, i) => i));
    for (const list of [split.train, split.heldOut])
      for (let k = 1; k < list.length; k++) expect(list[k]!).toBeGreaterThan(list[k - 1]!);
  });

  it('draws the same split from the same seed, another from another', () => {
    expect(splitImages(1797, DIGITS_HELD_OUT, 4)).toEqual(split);
    expect(splitImages(1797, DIGITS_HELD_OUT, 5).heldOut).not.toEqual(split.heldOut);
    // Shuffled, not a block: the held-out images come from all over the file.
    expect(split.heldOut[0]!).toBeLessThan(20);
    expect(split.heldOut[596]!).toBeGreaterThan(1777);
  });

  it('refuses to hold out more images than there are', () => {
    expect(() => splitImages(10, 11, 1)).toThrow(RangeError);
    expect(splitImages(10, 10, 1).train.length).toBe(0);
  });

  it('keeps the images of the chosen digits, in order', () => {
    const digits = Uint8Array.of(3, 1, 4, 1, 5, 9, 2, 6);
    expect([...onlyDigits(Int32Array.of(7, 0, 1, 3, 5), digits, [1, 6])]).toEqual([7, 1, 3]);
  });
});
