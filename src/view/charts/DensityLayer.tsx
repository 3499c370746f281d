import { useCallback } from 'react';
import { useCanvasPalette } from '../kit/canvasPalette';
import { PaintedLayer } from '../kit/LayerCanvas';
import type { PairDensity } from './lossCurveModel';

/**
 * The pairs of a large scene on the loss-versus-distance chart as shading, one canvas under the
 * chart's SVG: each cell as dark as the logarithm of the pairs in it, same-identity pairs in the
 * pull colour and different identities in ink. Half a million dots would cost the page far more
 * than the few thousand cells the reader can tell apart.
 */
export function DensityLayer({
  density,
  left,
  top,
  width,
  height,
}: {
  density: PairDensity;
  left: number;
  top: number;
  width: number;
  height: number;
}) {
  const palette = useCanvasPalette();
  const paint = useCallback(
    (context: CanvasRenderingContext2D) => {
      const { columns, rows, most } = density;
      const [cellWidth, cellHeight] = [width / columns, height / rows];
      const scale = Math.log1p(most);
      for (const [cells, colour] of [
        [density.dissimilar, palette.ink],
        [density.similar, palette.pull],
      ] as const) {
        context.fillStyle = colour;
        for (let cell = 0; cell < cells.length; cell++) {
          const count = cells[cell]!;
          if (count === 0) continue;
          context.globalAlpha = 0.15 + (0.75 * Math.log1p(count)) / scale;
          const column = cell % columns;
          const row = (cell - column) / columns;
          context.fillRect(column * cellWidth, row * cellHeight, cellWidth, cellHeight);
        }
      }
      context.globalAlpha = 1;
    },
    [density, palette, width, height],
  );
  return (
    <PaintedLayer
      className="density-layer"
      size={{ width, height }}
      offset={{ left, top }}
      paint={paint}
    />
  );
}
