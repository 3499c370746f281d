/**
 * The window of the embedding plane the figure shows. Both axes use the same units per pixel so
 * distances and margin circles are drawn true; the window is fitted when a scene loads, never in
 * the middle of an edit.
 */

export interface Viewport {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface PlotSize {
  readonly width: number;
  readonly height: number;
}

interface Position {
  readonly x: number;
  readonly y: number;
}

/** Fits the points with room around them: 30% of their spread each side, and at least 0.25. */
export function fitViewport(points: readonly Position[], size: PlotSize): Viewport {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [xLow, xHigh] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 0];
  const [yLow, yHigh] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 0];
  const spread = Math.max(xHigh - xLow, yHigh - yLow);
  const pad = Math.max(spread * 0.3, 0.25);
  const unitsPerPixel = Math.max(
    (xHigh - xLow + 2 * pad) / size.width,
    (yHigh - yLow + 2 * pad) / size.height,
  );
  const cx = (xLow + xHigh) / 2;
  const cy = (yLow + yHigh) / 2;
  const halfWidth = (size.width * unitsPerPixel) / 2;
  const halfHeight = (size.height * unitsPerPixel) / 2;
  return {
    xMin: cx - halfWidth,
    xMax: cx + halfWidth,
    yMin: cy - halfHeight,
    yMax: cy + halfHeight,
  };
}

export function contains(viewport: Viewport, { x, y }: Position): boolean {
  return x >= viewport.xMin && x <= viewport.xMax && y >= viewport.yMin && y <= viewport.yMax;
}

/**
 * The power of ten a dragged coordinate is rounded to: a tenth of what one pixel spans, so the
 * point stays under the pointer while links and labels read 0.6123 rather than 0.61229876.
 */
export function pointerStep(unitsPerPixel: number): number {
  return Number(`1e${Math.floor(Math.log10(unitsPerPixel / 10))}`);
}

export function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.round(Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** The largest arrow scale: ten times the largest learning rate the slider offers. */
export const MAX_ARROW_SCALE = 10;

/**
 * One scale for every gradient arrow: arrow = −∇L × scale, in plane units. The scale is a round
 * number (1, 2 or 5 times a power of ten) chosen so the longest arrow spans at most about a
 * fifth of the view, and is kept until the view is fitted again. It is at most MAX_ARROW_SCALE:
 * a scene at rest (after training, say) shows its vanishing gradients as the dots they are, not
 * blown up by a scale of millions.
 */
export function chooseArrowScale(largestGradient: number, viewSpan: number): number {
  if (!(largestGradient > 0) || !(viewSpan > 0)) return 1;
  const target = Math.min(MAX_ARROW_SCALE, (0.22 * viewSpan) / largestGradient);
  const power = Number(`1e${Math.floor(Math.log10(target))}`);
  const mantissa = target / power;
  return (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
}
