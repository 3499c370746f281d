import { useCallback } from 'react';
import type { ScenePoint } from '../../../scene/model';
import type { CanvasPalette } from '../../kit/canvasPalette';
import { drawLandscape, drawTrails } from '../canvas/drawUnderlay';
import type { LandscapeField } from '../canvas/landscapeField';
import { PaintedLayer } from '../../kit/LayerCanvas';
import type { PlaneScales } from '../geometry/scales';

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
