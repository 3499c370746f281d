import type { Evaluation } from '../../scene/evaluation';
import type { Segment } from './geometry';
import { placeLabels } from './labelPlacement';
import { arrowOf, type PlaneLayout } from './layout';

/** Above this many points only the highlighted point is labelled; the rest would be noise. */
const MAX_LABELLED = 40;

export const LABEL_STYLE = { offset: 15, fontSize: 15, pointRadius: 11 } as const;

/**
 * Which points are labelled and where each label goes, keeping off arrows and pair lines (those
 * segments are returned too): shared by the labels and by overlays that must not write over them.
 */
export function pointLabelSpots(evaluation: Evaluation, layout: PlaneLayout, highlighted: number) {
  const { points } = evaluation.scene;
  const shown =
    points.length <= MAX_LABELLED ? points.map((_, i) => i) : highlighted >= 0 ? [highlighted] : [];
  const { pairs } = evaluation;
  // Arrows near a label can cover it; with a single label, only those of points close by count.
  const near = (i: number) =>
    shown.length > 1 ||
    (highlighted >= 0 &&
      Math.hypot(layout.px[i]! - layout.px[highlighted]!, layout.py[i]! - layout.py[highlighted]!) <
        120);
  const obstacles: Segment[] = [];
  for (let i = 0; i < points.length; i++) if (near(i)) obstacles.push(arrowOf(layout, i));
  if (pairs.count <= 200) {
    for (let p = 0; p < pairs.count; p++) {
      const i = pairs.first[p]!;
      const j = pairs.second[p]!;
      obstacles.push({
        x1: layout.px[i]!,
        y1: layout.py[i]!,
        x2: layout.px[j]!,
        y2: layout.py[j]!,
      });
    }
  }
  const spots = placeLabels(
    shown.map((i) => ({ x: layout.px[i]!, y: layout.py[i]!, text: points[i]!.label })),
    obstacles,
    LABEL_STYLE,
  );
  return { shown, spots, obstacles };
}

export function PointLabels({
  evaluation,
  layout,
  highlighted,
}: {
  evaluation: Evaluation;
  layout: PlaneLayout;
  highlighted: number;
}) {
  const { points } = evaluation.scene;
  const { shown, spots } = pointLabelSpots(evaluation, layout, highlighted);
  return (
    <g className="point-labels" aria-hidden="true">
      {spots.map((spot, k) => {
        const i = shown[k]!;
        return (
          <text
            key={i}
            className={`point-label${i === highlighted ? ' lit' : ''}`}
            x={spot.x}
            y={spot.y}
            textAnchor={spot.anchor}
            dominantBaseline={spot.baseline}
          >
            {points[i]!.label}
          </text>
        );
      })}
    </g>
  );
}
