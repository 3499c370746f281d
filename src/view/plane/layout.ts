/** Screen positions of the scene's points and arrows, computed once per render of the plane. */
import type { Evaluation } from '../../scene/evaluation';
import type { Highlight } from '../../scene/store';
import type { Segment } from './geometry';
import type { PlaneScales } from './scales';

export interface PlaneLayout {
  /** Pixel centre of each point. */
  readonly px: Float64Array;
  readonly py: Float64Array;
  /** Each point's arrow: the negative gradient times the arrow scale, in pixels. */
  readonly arrows: readonly Segment[];
}

export function layoutPlane(
  evaluation: Evaluation,
  scales: PlaneScales,
  arrowScale: number,
): PlaneLayout {
  const { points } = evaluation.scene;
  const px = Float64Array.from(points, (p) => scales.x(p.x));
  const py = Float64Array.from(points, (p) => scales.y(p.y));
  const reach = arrowScale * scales.pixelsPerUnit;
  const arrows = points.map((_, i) => ({
    x1: px[i]!,
    y1: py[i]!,
    // −∇L: along x as is; along y flipped, because screen y grows downwards.
    x2: px[i]! - evaluation.gradX[i]! * reach,
    y2: py[i]! + evaluation.gradY[i]! * reach,
  }));
  return { px, py, arrows };
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

/** Dissimilar pairs whose points coincide (D = 0) while the margin asks them apart. */
export function coincidentPairs({ pairs, distance, loss }: Evaluation): number[] {
  const found: number[] = [];
  for (let p = 0; p < pairs.count; p++) {
    if (pairs.similar[p] === 0 && distance[p] === 0 && loss[p]! > 0) found.push(p);
  }
  return found;
}
