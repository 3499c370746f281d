import { scaleLinear, type ScaleLinear } from 'd3';
import type { Rect } from './geometry';
import type { PlotSize, Viewport } from './viewport';

/** Embedding units → pixels inside the plot area; screen up is +y. */
export interface PlaneScales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** Pixels per embedding unit, the same on both axes. */
  readonly pixelsPerUnit: number;
  readonly size: PlotSize;
}

export function planeScales(viewport: Viewport, size: PlotSize): PlaneScales {
  return {
    x: scaleLinear().domain([viewport.xMin, viewport.xMax]).range([0, size.width]),
    y: scaleLinear().domain([viewport.yMin, viewport.yMax]).range([size.height, 0]),
    pixelsPerUnit: size.width / (viewport.xMax - viewport.xMin),
    size,
  };
}

/** The plot area in its own pixels, less `inset` on every side. */
export const plotRect = ({ size }: PlaneScales, inset = 0): Rect => ({
  left: inset,
  top: inset,
  right: size.width - inset,
  bottom: size.height - inset,
});
