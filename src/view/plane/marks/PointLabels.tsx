import type { Evaluation } from '../../../scene/evaluation';
import type { Rect, Segment } from '../geometry/geometry';
import { fitLabels, type LabelSpot, type LabelStyle } from '../geometry/labelPlacement';
import { arrowOf, type PlaneLayout } from '../geometry/layout';

/** Above this many points only the points in hand are labelled; the rest would be noise. */
const MAX_LABELLED = 40;
/** Above this many pairs, the lines are not worth keeping labels off. */
const MAX_LINE_OBSTACLES = 200;

export const LABEL_STYLE: LabelStyle = { offset: 15, fontSize: 15, pointRadius: 11 };
/** In presentation the labels are 22 px (presentation.css) and the symbols half as large again. */
export const LABEL_STYLE_PRESENTING: LabelStyle = { offset: 19, fontSize: 22, pointRadius: 15 };

export interface PointLabelSpots {
  /** The labelled points, each with its spot. */
  readonly labels: readonly { readonly point: number; readonly spot: LabelSpot }[];
  /** The labels' boxes, for overlays that must not write over them. */
  readonly boxes: readonly Rect[];
  /** The arrows and lines the labels keep off. */
  readonly obstacles: readonly Segment[];
}

export interface LabelChoice {
  /** Points whose label is always shown, placed first: the one pointed at, the one chosen. */
  readonly keep: readonly number[];
  readonly style: LabelStyle;
  /** False when the reader turned the labels off: none are placed. */
  readonly show: boolean;
}

/**
 * Which points are labelled and where each label goes, keeping off arrows and pair lines: only
 * labels that cover no other label and no point are shown, but those of the points in hand
 * always. Shared by the labels and by overlays that must not write over them.
 */
export function pointLabelSpots(
  evaluation: Evaluation,
  layout: PlaneLayout,
  choice: LabelChoice,
): PointLabelSpots {
  const { points } = evaluation.scene;
  const keep = new Set(choice.keep.filter((i) => i >= 0 && i < points.length));
  if (!choice.show) return { labels: [], boxes: [], obstacles: [] };
  const candidates =
    points.length <= MAX_LABELLED ? [...points.keys()] : [...keep].sort((a, b) => a - b);
  const { pairs } = evaluation;
  // Arrows near a label can cover it; with few labels, only those of points close by count.
  const near = (i: number) =>
    candidates.length > keep.size ||
    [...keep].some(
      (k) => Math.hypot(layout.px[i]! - layout.px[k]!, layout.py[i]! - layout.py[k]!) < 120,
    );
  const obstacles: Segment[] = [];
  for (let i = 0; i < points.length; i++) if (near(i)) obstacles.push(arrowOf(layout, i));
  if (pairs.count <= MAX_LINE_OBSTACLES) {
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
  const spots = fitLabels(
    candidates.map((i) => ({ x: layout.px[i]!, y: layout.py[i]!, text: points[i]!.label })),
    obstacles,
    choice.style,
    (k) => keep.has(candidates[k]!),
  );
  const labels = candidates.flatMap((point, k) => {
    const spot = spots[k];
    return spot ? [{ point, spot }] : [];
  });
  return { labels, boxes: labels.map(({ spot }) => spot.box), obstacles };
}

export function PointLabels({
  evaluation,
  spots,
  highlighted,
}: {
  evaluation: Evaluation;
  spots: PointLabelSpots;
  highlighted: number;
}) {
  const { points } = evaluation.scene;
  return (
    <g className="point-labels" aria-hidden="true">
      {spots.labels.map(({ point: i, spot }) => (
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
      ))}
    </g>
  );
}
