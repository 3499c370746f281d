/**
 * What is already drawn on the plane where the triplet overlay wants to write: the point symbols,
 * their labels, the pair lines and the gradient arrows, with the labels where
 * ../plane/PointLabels.tsx placed them, so the overlay can keep off them.
 */
import type { Evaluation } from '../../../scene/evaluation';
import type { Rect } from '../../plane/geometry/geometry';
import type { PlaneLayout } from '../../plane/geometry/layout';
import { LABEL_STYLE, type PointLabelSpots } from '../../plane/marks/PointLabels';
import type { Obstacles } from './tripletGeometry';

export function planeObstacles(
  evaluation: Evaluation,
  layout: PlaneLayout,
  labels: PointLabelSpots,
): Obstacles {
  const { pointRadius } = LABEL_STYLE;
  const boxes: Rect[] = evaluation.scene.points.map((_, i) => ({
    left: layout.px[i]! - pointRadius,
    top: layout.py[i]! - pointRadius,
    right: layout.px[i]! + pointRadius,
    bottom: layout.py[i]! + pointRadius,
  }));
  boxes.push(...labels.boxes);
  return { boxes, segments: labels.obstacles };
}
