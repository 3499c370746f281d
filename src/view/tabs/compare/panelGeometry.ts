/**
 * The geometry the three small planes share: one square window on the embedding plane, and each
 * panel's own arrow scale.
 */
import { fitViewport, type Viewport } from '../../plane/geometry/viewport';

interface Position {
  readonly x: number;
  readonly y: number;
}

/** The longest arrow of every panel, in CSS pixels: arrows compare within a panel, not across. */
export const ARROW_PIXELS = 34;

/**
 * A square window around the points and the origin: InfoNCE reads only the angle of each point
 * seen from the origin, so the origin belongs in every panel.
 */
export function fitWithOrigin(points: readonly Position[]): Viewport {
  return fitViewport([...points, { x: 0, y: 0 }], { width: 1, height: 1 });
}

/** Whether every point is inside the window and clear of its edges by `room` of its width. */
export function holdsAll(view: Viewport, points: readonly Position[], room = 0.04): boolean {
  const inset = room * (view.xMax - view.xMin);
  return points.every(
    ({ x, y }) =>
      x >= view.xMin + inset &&
      x <= view.xMax - inset &&
      y >= view.yMin + inset &&
      y <= view.yMax - inset,
  );
}

/** The point with the largest gradient and that gradient's length; index −1 when all are 0. */
export function longestGradient(
  gradX: Float64Array,
  gradY: Float64Array,
): { index: number; length: number } {
  let index = -1;
  let length = 0;
  for (let i = 0; i < gradX.length; i++) {
    const size = Math.hypot(gradX[i]!, gradY[i]!);
    if (size > length) {
      length = size;
      index = i;
    }
  }
  return { index, length };
}

/** Embedding units → pixels of a square panel `side` pixels wide; screen up is +y. */
export function panelScale(view: Viewport, side: number) {
  const pixelsPerUnit = side / (view.xMax - view.xMin);
  return {
    pixelsPerUnit,
    x: (x: number) => (x - view.xMin) * pixelsPerUnit,
    y: (y: number) => (view.yMax - y) * pixelsPerUnit,
  };
}
