/**
 * The digits split once into images the network trains on and images it never sees, which
 * measure how well the map generalises (the held-out k-NN accuracy).
 */
import { seededRandom, shuffle } from '../random';

/** Image indices, each list sorted ascending; together they hold every image once. */
export interface ImageSplit {
  readonly train: Int32Array;
  readonly heldOut: Int32Array;
}

/** A third of the 1,797 digits held out, as in the reference figures (1,200 train, 597 held out). */
export const DIGITS_HELD_OUT = 597;

/** A seeded shuffle of 0 … count − 1: the first `heldOut` are held out, the rest train. */
export function splitImages(count: number, heldOut: number, seed: number): ImageSplit {
  if (!Number.isInteger(heldOut) || heldOut < 0 || heldOut > count)
    throw new RangeError(`Cannot hold out ${heldOut} of ${count} images.`);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  shuffle(order, seededRandom(seed));
  return { train: order.slice(heldOut).sort(), heldOut: order.slice(0, heldOut).sort() };
}

/** The images of `indices` (in their order) whose digit is one of `chosen`. */
export function onlyDigits(
  indices: Int32Array,
  digits: Uint8Array,
  chosen: readonly number[],
): Int32Array {
  return indices.filter((image) => chosen.includes(digits[image]!));
}
