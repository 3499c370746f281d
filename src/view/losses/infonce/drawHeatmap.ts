/**
 * Draws the similarity matrix's cells into a canvas: one filled square per (anchor, candidate),
 * the diagonal (a point with itself, left out of the softmax) greyed and struck through, the
 * positives outlined, and the cosines printed when the cells are big enough. Pure: it draws what
 * it is given.
 */
import { hsl } from 'd3';
import type { MatrixLayout } from './heatmapModel';
import { cosineText } from './infonceModel';

export interface HeatmapCells {
  readonly layout: MatrixLayout;
  /** The cosine of points i and k. */
  readonly cosine: (i: number, k: number) => number;
  readonly identityOf: Int32Array;
  readonly colour: (cosine: number) => string;
  /** The theme's ink, for outlines and the diagonal's stroke. */
  readonly ink: string;
  /** The theme's resting grey, for the diagonal's fill. */
  readonly resting: string;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
}

/** Text that reads on a fill: dark on light colours, light on dark ones. */
const textOn = (fill: string) => (hsl(fill).l > 0.55 ? '#111111' : '#ffffff');

export function drawHeatmap(context: CanvasRenderingContext2D, cells: HeatmapCells) {
  const { layout, cosine, identityOf, colour, ink, resting, ratio } = cells;
  const { order, cell, side } = layout;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, side, side);
  context.font = `${Math.min(13, Math.round(cell / 3.2))}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  order.forEach((i, row) => {
    order.forEach((k, column) => {
      const x = column * cell;
      const y = row * cell;
      if (i === k) {
        context.globalAlpha = 0.35;
        context.fillStyle = resting;
        context.fillRect(x, y, cell, cell);
        context.globalAlpha = 1;
        context.strokeStyle = ink;
        context.lineWidth = 1;
        context.beginPath();
        context.moveTo(x + 2, y + 2);
        context.lineTo(x + cell - 2, y + cell - 2);
        context.stroke();
        return;
      }
      const value = cosine(i, k);
      const fill = colour(value);
      context.fillStyle = fill;
      context.fillRect(x, y, cell, cell);
      if (layout.outlinePositives && identityOf[i] === identityOf[k]) {
        context.strokeStyle = ink;
        context.lineWidth = 1.5;
        context.strokeRect(x + 1.5, y + 1.5, cell - 3, cell - 3);
      }
      if (layout.showValues) {
        context.fillStyle = textOn(fill);
        context.fillText(cosineText(value), x + cell / 2, y + cell / 2);
      }
    });
  });
}
