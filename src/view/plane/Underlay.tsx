import { useCallback } from 'react';
import type { ScenePoint } from '../../scene/model';
import type { CanvasPalette } from './canvasPalette';
import { drawLandscape, drawTrails } from './drawUnderlay';
import type { LandscapeField } from './landscapeField';
import { PaintedLayer } from './LayerCanvas';
import type { PlaneScales } from './scales';

/** The canvas under the grid: the landscape heatmap with its contours, and training's trails. */
export function Underlay({
  field,
  trail,
  scales,
  colourOf,
  offset,
  palette,
}: {
  field: LandscapeField | null;
  trail: readonly (readonly ScenePoint[])[];
  scales: PlaneScales;
  colourOf: (point: number) => string;
  offset: { readonly left: number; readonly top: number };
  palette: CanvasPalette;
}) {
  const paint = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (field) drawLandscape(context, field, scales.size, palette);
      drawTrails(context, trail, scales, colourOf);
    },
    [field, trail, scales, colourOf, palette],
  );
  return (
    <PaintedLayer className="plane-underlay" size={scales.size} offset={offset} paint={paint} />
  );
}
