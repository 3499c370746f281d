/**
 * An 8 × 8 digit image as a tiny canvas (ink dark on paper), made once per image and kept, to be
 * stamped enlarged with smoothing off so every pixel stays a crisp square. An OffscreenCanvas, so
 * the network's worker can draw it too.
 */
import type { DigitImages } from '../../engine';

const SIDE = 8;
const made = new WeakMap<DigitImages, Map<number, OffscreenCanvas>>();

export function digitPicture(images: DigitImages, image: number): OffscreenCanvas {
  let pictures = made.get(images);
  if (!pictures) {
    pictures = new Map();
    made.set(images, pictures);
  }
  const kept = pictures.get(image);
  if (kept) return kept;
  const canvas = new OffscreenCanvas(SIDE, SIDE);
  const context = canvas.getContext('2d');
  if (context) {
    const data = context.createImageData(SIDE, SIDE);
    for (let k = 0; k < SIDE * SIDE; k++) {
      const paper = Math.round(255 * (1 - images.pixels[image * images.size + k]!));
      data.data.set([paper, paper, paper, 255], 4 * k);
    }
    context.putImageData(data, 0, 0);
  }
  pictures.set(image, canvas);
  return canvas;
}
