/**
 * Where each image goes on a map's canvas: the map is fitted to the images shown (equal scales on
 * both axes, so distances read true), and a pointer finds the nearest image. Pure, for tests.
 */

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
 * For each digit shown, the training image nearest its digit's mean position: a typical member,
 * whose picture the map shows beside its cluster.
 */
export function typicalImages(
  map: Float64Array,
  digits: Uint8Array,
  heldOut: Uint8Array,
  shown: (image: number) => boolean,
): number[] {
  const sumX = new Float64Array(10);
  const sumY = new Float64Array(10);
  const count = new Float64Array(10);
  const trained = (i: number) => shown(i) && heldOut[i] === 0;
  for (let i = 0; i < digits.length; i++) {
    if (!trained(i)) continue;
    const d = digits[i]!;
    sumX[d]! += map[2 * i]!;
    sumY[d]! += map[2 * i + 1]!;
    count[d]!++;
  }
  const best = new Int32Array(10).fill(-1);
  const bestDistance = new Float64Array(10).fill(Infinity);
  for (let i = 0; i < digits.length; i++) {
    if (!trained(i)) continue;
    const d = digits[i]!;
    const dx = map[2 * i]! - sumX[d]! / count[d]!;
    const dy = map[2 * i + 1]! - sumY[d]! / count[d]!;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance[d]!) {
      best[d] = i;
      bestDistance[d] = distance;
    }
  }
  return [...best].filter((i) => i >= 0);
}
