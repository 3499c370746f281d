/** The digit images, as the network reads them. */
export interface DigitImages {
  /** How many images: 1,797 in the data file. */
  readonly count: number;
  /** Pixels per image: 64 (8 × 8). */
  readonly size: number;
  /** count × size values in [0, 1], image by image, each row left to right, top row first. */
  readonly pixels: Float64Array;
  /** Each image's digit, 0 to 9. */
  readonly digits: Uint8Array;
}

/** Pixels per image, and the largest value the data file holds (ink in a 4 × 4 block). */
export const DIGIT_PIXELS = 64;
export const DIGIT_INK_MAX = 16;
