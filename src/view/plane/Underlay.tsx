import { useLayoutEffect, useRef } from 'react';
import type { ScenePoint } from '../../scene/model';
import type { CanvasPalette } from './canvasPalette';
import { drawLandscape, drawTrails } from './drawUnderlay';
import type { LandscapeField } from './landscapeField';
import { LayerCanvas, pixelRatio } from './LayerCanvas';
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
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, height } = scales.size;
  const ratio = pixelRatio();
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (field) drawLandscape(context, field, scales.size, palette);
    drawTrails(context, trail, scales, colourOf);
  }, [field, trail, scales, colourOf, width, height, ratio, palette]);
  return (
    <LayerCanvas
      ref={canvas}
      className="plane-underlay"
      size={scales.size}
      ratio={ratio}
      offset={offset}
    />
  );
}
