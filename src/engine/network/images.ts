/**
 * The handwritten digits as the network reads them, and the one walk over them that every 2-D
 * map of images (the network's, PCA's) shares.
 */

/** The images, as the network reads them. */
export interface DigitImages {
  /** How many images: 1,797 for the UCI set. */
  readonly count: number;
  /** Pixels per image: 64 (8×8). */
  readonly size: number;
  /** count × size, image by image, each row of pixels left to right; each value is the ink count / 16, in [0, 1]. */
  readonly pixels: Float64Array;
  /** Per image: the digit it shows, 0–9. */
  readonly digits: Uint8Array;
}

/**
 * Calls `place(start, at)` for each image of `indices` in order (every image when absent), with
 * the offset of its first pixel and where its 2-D position goes in a map: out[at], out[at + 1].
 */
export function forEachImage(
  images: DigitImages,
  out: Float64Array,
  indices: Int32Array | undefined,
  place: (start: number, at: number) => void,
): void {
  const count = indices ? indices.length : images.count;
  if (out.length < 2 * count)
    throw new RangeError(`A map of ${count} images needs ${2 * count} numbers, not ${out.length}.`);
  for (let k = 0; k < count; k++) place((indices ? indices[k]! : k) * images.size, 2 * k);
}

/** Pixels per image, and the largest value the data file holds (ink in a 4 × 4 block). */
export const DIGIT_PIXELS = 64;
export const DIGIT_INK_MAX = 16;
