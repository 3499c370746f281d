import { memo, useLayoutEffect, useRef } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import type { ScenePoint } from '../../scene/model';
import type { Highlight } from '../../scene/store';
import { EvaluationPace, useEvaluation } from '../explorerContext';
import { pairStats } from '../pairStats';
import { densePairs } from './density';
import { drawMarks, drawRestingPoints, type DenseMarks } from './drawMarks';
import type { CanvasPalette } from './canvasPalette';
import type { PlaneLayout } from './layout';
import { LayerCanvas, pixelRatio } from './LayerCanvas';
import { pairCurves } from './pairCurves';
import type { PlaneScales } from './scales';

/** The points that are not moving, drawn once and kept while only the highlighted one moves. */
interface RestingLayer {
  readonly canvas: HTMLCanvasElement;
  fits(
    points: readonly ScenePoint[],
    highlighted: number,
    scales: PlaneScales,
    area: number,
    ratio: number,
    palette: CanvasPalette,
  ): boolean;
}

function restingLayer(
  marks: Omit<DenseMarks, 'restingPoints'>,
  points: readonly ScenePoint[],
  scales: PlaneScales,
): RestingLayer {
  const { width, height } = scales.size;
  const layerCanvas = document.createElement('canvas');
  layerCanvas.width = Math.round(width * marks.ratio);
  layerCanvas.height = Math.round(height * marks.ratio);
  const context = layerCanvas.getContext('2d')!;
  context.scale(marks.ratio, marks.ratio);
  drawRestingPoints(context, marks);
  return {
    canvas: layerCanvas,
    fits: (now, highlighted, nowScales, area, ratio, palette) =>
      highlighted === marks.highlighted &&
      palette === marks.palette &&
      nowScales === scales &&
      area === marks.symbolArea &&
      ratio === marks.ratio &&
      now.length === points.length &&
      now.every((point, i) => i === highlighted || point === points[i]),
  };
}

/**
 * The canvas layer of a dense scene, between the grid and the SVG of invisible point handles. It
 * is redrawn in the same commit as that SVG, so what is drawn never lags what is touched.
 */
export function CanvasMarks({
  evaluation,
  layout,
  scales,
  highlight,
  selected,
  offset,
  symbolArea,
  flagged,
  hardNegatives,
  palette,
  circles,
  lines,
}: {
  evaluation: Evaluation;
  layout: PlaneLayout;
  scales: PlaneScales;
  highlight: Highlight;
  selected: number | null;
  offset: { readonly left: number; readonly top: number };
  symbolArea: number;
  flagged: ReadonlySet<number>;
  hardNegatives: boolean;
  palette: CanvasPalette;
  /** The points whose margin circle is drawn (circlePoints in crowding.ts). */
  circles: readonly number[];
  /** Whether pair lines are drawn at all (the reader's "Show" toggles). */
  lines: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const layer = useRef<RestingLayer | null>(null);
  const { width, height } = scales.size;
  const ratio = pixelRatio();
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const highlighted = highlight?.kind === 'point' ? highlight.index : -1;
    const view = { left: 0, top: 0, right: width, bottom: height };
    // Every line a dense scene draws was chosen for the loss it carries or for being in hand, so
    // none of them is faint; a dense scene is crowded, so none is bowed.
    const pairs = lines ? densePairs(evaluation, highlight, selected, hardNegatives) : [];
    const marks = {
      evaluation,
      stats: pairStats(evaluation),
      layout,
      pixelsPerUnit: scales.pixelsPerUnit,
      pairs,
      curves: pairCurves(evaluation, layout, pairs, view, () => false, true),
      circles,
      view,
      symbolArea,
      highlighted,
      flagged,
      ratio,
      palette,
    };
    const points = evaluation.scene.points;
    const kept = layer.current;
    if (!kept || !kept.fits(points, highlighted, scales, symbolArea, ratio, palette)) {
      layer.current = restingLayer(marks, points, scales);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawMarks(context, { ...marks, restingPoints: layer.current!.canvas });
  }, [
    evaluation,
    layout,
    scales,
    highlight,
    selected,
    width,
    height,
    ratio,
    symbolArea,
    flagged,
    hardNegatives,
    palette,
    circles,
    lines,
  ]);
  return (
    <LayerCanvas
      ref={canvas}
      className="plane-canvas"
      size={scales.size}
      ratio={ratio}
      offset={offset}
    />
  );
}

/**
 * The `grad-<label>` hooks of CONTRACT.md section 2 for a dense scene, whose arrows are on the
 * canvas: empty elements that carry each point's gradient, in a hidden container. Nobody sees
 * them, so rather than rewrite a thousand of them every frame they catch up once the scene has
 * been still for a moment. (Memoised without props: the plane's renders never reach them.)
 */
export const GradientHooks = memo(function GradientHooks() {
  return (
    <EvaluationPace live={false}>
      <GradientHookList />
    </EvaluationPace>
  );
});

function GradientHookList() {
  const { scene, gradX, gradY } = useEvaluation();
  return (
    <div className="gradient-hooks" hidden>
      {scene.points.map((point, i) => (
        <span
          key={i}
          data-testid={`grad-${point.label}`}
          data-gx={String(gradX[i])}
          data-gy={String(gradY[i])}
        />
      ))}
    </div>
  );
}
