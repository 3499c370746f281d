/** Screen positions of the scene's points and arrows, computed once per render of the plane. */
import type { Evaluation } from '../../../scene/evaluation';
import type { Highlight } from '../../../scene/store/store';
import type { Segment } from './geometry';
import type { PlaneScales } from './scales';

export interface PlaneLayout {
  /** Pixel centre of each point. */
  readonly px: Float64Array;
  readonly py: Float64Array;
  /**
   * Where each point's arrow ends: the negative gradient times the arrow scale, in pixels. On the
   * unit circle only the gradient's tangential part can move a point, so that part is drawn.
   */
  readonly tipX: Float64Array;
  readonly tipY: Float64Array;
}

/** What every mark on the plane is drawn from: the scores, the scales and the points' pixels. */
export interface PlaneBasis {
  readonly evaluation: Evaluation;
  readonly scales: PlaneScales;
  readonly layout: PlaneLayout;
}

export function layoutPlane(
  evaluation: Evaluation,
  scales: PlaneScales,
  arrowScale: number,
): PlaneLayout {
  const { points } = evaluation.scene;
  const n = points.length;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const tipX = new Float64Array(n);
  const tipY = new Float64Array(n);
  const reach = arrowScale * scales.pixelsPerUnit;
  const norm = Boolean(evaluation.scene.norm);
  for (let i = 0; i < n; i++) {
    const { x, y } = points[i]!;
    px[i] = scales.x(x);
    py[i] = scales.y(y);
    let gx = evaluation.gradX[i]!;
    let gy = evaluation.gradY[i]!;
    if (norm) {
      // g − (g·p)p, with |p| = 1: the radial part would only be undone by the projection.
      const radial = gx * x + gy * y;
      gx -= radial * x;
      gy -= radial * y;
    }
    // −∇L: along x as is; along y flipped, because screen y grows downwards.
    tipX[i] = px[i]! - gx * reach;
    tipY[i] = py[i]! + gy * reach;
  }
  return { px, py, tipX, tipY };
}

/** Point i's arrow as a segment, for the SVG marks of small scenes. */
export function arrowOf(layout: PlaneLayout, i: number): Segment {
  return { x1: layout.px[i]!, y1: layout.py[i]!, x2: layout.tipX[i]!, y2: layout.tipY[i]! };
}

/** Whether a highlight touches pair p: the pair itself, one of its points, or its formula term. */
export function pairIsLit(evaluation: Evaluation, p: number, highlight: Highlight): boolean {
  if (!highlight) return false;
  switch (highlight.kind) {
    case 'pair':
      return highlight.index === p;
    case 'point':
      return (
        evaluation.pairs.first[p] === highlight.index ||
        evaluation.pairs.second[p] === highlight.index
      );
    case 'term':
      if (highlight.term === 'margin') return false;
      return (evaluation.pairs.similar[p] === 1) === (highlight.term === 'similar');
  }
}
