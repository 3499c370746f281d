/**
 * What lies under the marks: the loss landscape (a heatmap scaled up from its grid, as
 * TensorFlow Playground draws its output, with d3-contour lines) and the trails training leaves.
 * Pure drawing functions; the component decides when to call them.
 */
import {
  contours,
  geoPath,
  geoTransform,
  interpolateRgb,
  scaleSequentialSqrt,
  scaleSqrt,
} from 'd3';
import type { ScenePoint } from '../../../scene/model';
import type { CanvasPalette } from '../../kit/canvasPalette';
import type { LandscapeField } from './landscapeField';
import type { PlaneScales } from '../geometry/scales';
import type { PlotSize } from '../geometry/viewport';

/**
 * From the card's own colour at the lowest loss to violet at the highest, so the low ground
 * blends into the plot and the points and arrows on top stay readable in either theme.
 */
export const landscapeColour = (field: Pick<LandscapeField, 'min' | 'max'>, card: string) =>
  scaleSequentialSqrt(interpolateRgb(card, '#9a6fb0')).domain([
    field.min,
    Math.max(field.max, field.min + 1e-12),
  ]);

/** Levels for the contour lines: round numbers spread evenly on the square-root scale. */
export function contourLevels(field: Pick<LandscapeField, 'min' | 'max'>): number[] {
  return scaleSqrt()
    .domain([field.min, field.max])
    .ticks(7)
    .filter((level) => level > field.min && level < field.max);
}

export function drawLandscape(
  context: CanvasRenderingContext2D,
  field: LandscapeField,
  size: PlotSize,
  palette: CanvasPalette,
): void {
  const { columns, rows } = field.grid;
  const colour = landscapeColour(field, palette.card);
  const cells = new ImageData(columns, rows);
  for (let k = 0; k < field.values.length; k++) {
    const { r, g, b } = toRgb(colour(field.values[k]!));
    cells.data.set([r, g, b, 255], 4 * k);
  }
  const image = document.createElement('canvas');
  image.width = columns;
  image.height = rows;
  image.getContext('2d')!.putImageData(cells, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(image, 0, 0, size.width, size.height);

  // Grid units to pixels for the contour paths.
  const toPixels = geoTransform({
    point(x, y) {
      this.stream.point((x * size.width) / columns, (y * size.height) / rows);
    },
  });
  const path = geoPath(toPixels, context);
  context.lineWidth = 1;
  context.strokeStyle = 'rgb(70 40 90 / 45%)';
  for (const line of contours().size([columns, rows]).thresholds(contourLevels(field))(
    Array.from(field.values),
  )) {
    context.beginPath();
    path(line);
    context.stroke();
  }
  // Where no push acts: the region's edge, dashed.
  const [free] = contours().size([columns, rows]).thresholds([0.5])(Array.from(field.pushFree));
  if (free) {
    context.setLineDash([6, 4]);
    context.lineWidth = 2;
    context.strokeStyle = palette.ink;
    context.globalAlpha = 0.7;
    context.beginPath();
    path(free);
    context.stroke();
    context.globalAlpha = 1;
    context.setLineDash([]);
  }
}

function toRgb(colour: string): { r: number; g: number; b: number } {
  const match = colour.match(/\d+/g) ?? ['0', '0', '0'];
  return { r: Number(match[0]), g: Number(match[1]), b: Number(match[2]) };
}

/** Each point's recent path, oldest part faintest. */
export function drawTrails(
  context: CanvasRenderingContext2D,
  trail: readonly (readonly ScenePoint[])[],
  scales: PlaneScales,
  colourOf: (point: number) => string,
): void {
  if (trail.length < 2) return;
  const count = trail[trail.length - 1]!.length;
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  for (let i = 0; i < count; i++) {
    context.strokeStyle = colourOf(i);
    context.globalAlpha = 0.7;
    context.beginPath();
    let started = false;
    for (const points of trail) {
      const point = points[i];
      if (!point) continue;
      const [x, y] = [scales.x(point.x), scales.y(point.y)];
      if (started) context.lineTo(x, y);
      else context.moveTo(x, y);
      started = true;
    }
    context.stroke();
  }
  context.globalAlpha = 1;
}
