/**
 * What is already drawn on the plane where the triplet overlay wants to write: the point symbols,
 * their labels, the pair lines and the gradient arrows (those of scenes small enough to label). The labels' spots are found the way
 * ../plane/PointLabels.tsx finds them (same rule, same inputs), so the overlay can keep off them.
 */
import type { Evaluation } from '../../scene/evaluation';
import type { Rect, Segment } from '../plane/geometry';
import { placeLabels } from '../plane/labelPlacement';
import { arrowOf, type PlaneLayout } from '../plane/layout';
import { LABEL_STYLE } from '../plane/PointLabels';
import type { Obstacles } from './tripletGeometry';

/**
 * As in PointLabels: up to this many points every point is labelled (above, only the highlighted
 * one, which the overlay does not try to avoid).
 */
const MAX_LABELLED = 40;
/** As in PointLabels: pair lines count as obstacles up to this many pairs. */
const MAX_PAIR_OBSTACLES = 200;

export function planeObstacles(evaluation: Evaluation, layout: PlaneLayout): Obstacles {
  const { points } = evaluation.scene;
  const { pairs } = evaluation;
  const { pointRadius } = LABEL_STYLE;
  const boxes: Rect[] = [];
  for (let i = 0; i < points.length; i++) {
    const x = layout.px[i]!;
    const y = layout.py[i]!;
    boxes.push({
      left: x - pointRadius,
      top: y - pointRadius,
      right: x + pointRadius,
      bottom: y + pointRadius,
    });
  }
  const segments: Segment[] = [];
  const arrows = points.length <= MAX_LABELLED ? points.map((_, i) => arrowOf(layout, i)) : [];
  segments.push(...arrows);
  if (pairs.count <= MAX_PAIR_OBSTACLES) {
    for (let p = 0; p < pairs.count; p++) {
      const i = pairs.first[p]!;
      const j = pairs.second[p]!;
      segments.push({ x1: layout.px[i]!, y1: layout.py[i]!, x2: layout.px[j]!, y2: layout.py[j]! });
    }
  }
  if (points.length <= MAX_LABELLED) {
    const spots = placeLabels(
      points.map((point, i) => ({ x: layout.px[i]!, y: layout.py[i]!, text: point.label })),
      segments,
      LABEL_STYLE,
    );
    boxes.push(...spots.map((spot) => spot.box));
  }
  return { boxes, segments };
}
