/**
 * Where each image goes on a map's canvas: the map is fitted to the images shown (equal scales on
 * both axes, so distances read true), and a pointer finds the nearest image. Pure, for tests.
 */
import type { DigitImages } from '../../engine';

export interface MapScale {
  /** Map units to CSS px. */
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  /** CSS px per map unit. */
  readonly unit: number;
}

/** Room kept free round the images, px. */
const PAD = 14;

/** A map collapsed to a point still needs a scale: its span counts as at least this. */
const SMALLEST_SPAN = 1e-6;

export function fitMap(
  map: Float64Array,
  shown: (image: number) => boolean,
  width: number,
  height: number,
): MapScale {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < map.length / 2; i++) {
    if (!shown(i)) continue;
    const x = map[2 * i]!;
    const y = map[2 * i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  if (xMin > xMax) return { x: () => width / 2, y: () => height / 2, unit: 1 };
  const span = Math.max(xMax - xMin, yMax - yMin, SMALLEST_SPAN);
  const unit = Math.min(width - 2 * PAD, height - 2 * PAD) / span;
  const cx = (xMin + xMax) / 2;
  const cy = (yMin + yMax) / 2;
  return {
    x: (value) => width / 2 + (value - cx) * unit,
    // Screen down is map down: +y up, as on the plane.
    y: (value) => height / 2 - (value - cy) * unit,
    unit,
  };
}

/** The image shown nearest to (px, py), if one lies within `reach` px; else -1. */
export function nearestImage(
  map: Float64Array,
  shown: (image: number) => boolean,
  scale: MapScale,
  px: number,
  py: number,
  reach: number,
): number {
  let best = -1;
  let bestDistance = reach * reach;
  for (let i = 0; i < map.length / 2; i++) {
    if (!shown(i)) continue;
    const dx = scale.x(map[2 * i]!) - px;
    const dy = scale.y(map[2 * i + 1]!) - py;
    const d = dx * dx + dy * dy;
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * For each digit shown, its most typical training image: the one whose pixels are nearest the
 * mean of that digit's training images. The same picture then travels with its cluster all run.
 */
export function typicalImages(
  images: DigitImages,
  heldOut: Uint8Array,
  shown: (image: number) => boolean,
): number[] {
  const { size, pixels, digits } = images;
  const trained = (i: number) => shown(i) && heldOut[i] === 0;
  const sums = new Float64Array(10 * size);
  const counts = new Float64Array(10);
  for (let i = 0; i < images.count; i++) {
    if (!trained(i)) continue;
    const d = digits[i]!;
    counts[d]!++;
    for (let k = 0; k < size; k++) sums[d * size + k]! += pixels[i * size + k]!;
  }
  const best = new Int32Array(10).fill(-1);
  const bestDistance = new Float64Array(10).fill(Infinity);
  for (let i = 0; i < images.count; i++) {
    if (!trained(i)) continue;
    const d = digits[i]!;
    let distance = 0;
    for (let k = 0; k < size; k++) {
      const gap = pixels[i * size + k]! - sums[d * size + k]! / counts[d]!;
      distance += gap * gap;
    }
    if (distance < bestDistance[d]!) {
      best[d] = i;
      bestDistance[d] = distance;
    }
  }
  return [...best].filter((i) => i >= 0);
}
