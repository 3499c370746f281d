/**
 * What is already drawn on the plane where the triplet overlay wants to write: the point symbols,
 * their labels, the pair lines and the gradient arrows, with the labels placed exactly as
 * ../plane/PointLabels.tsx places them, so the overlay can keep off them.
 */
import type { Evaluation } from '../../scene/evaluation';
import type { Rect } from '../plane/geometry';
import type { PlaneLayout } from '../plane/layout';
import { LABEL_STYLE, pointLabelSpots } from '../plane/PointLabels';
import type { Obstacles } from './tripletGeometry';

export function planeObstacles(evaluation: Evaluation, layout: PlaneLayout): Obstacles {
  const { pointRadius } = LABEL_STYLE;
  const boxes: Rect[] = evaluation.scene.points.map((_, i) => ({
    left: layout.px[i]! - pointRadius,
    top: layout.py[i]! - pointRadius,
    right: layout.px[i]! + pointRadius,
    bottom: layout.py[i]! + pointRadius,
  }));
  const { spots, obstacles } = pointLabelSpots(evaluation, layout, -1);
  boxes.push(...spots.map((spot) => spot.box));
  return { boxes, segments: obstacles };
}
