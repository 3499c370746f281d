/**
 * Where each drawn pair's line goes on screen, for the SVG lines and the canvas alike: cut down
 * near the view when an end lies far out, and bowed aside where it would lie on another line
 * (lineBends.ts). The pair that carries most loss stays straight; faint lines are not bowed and
 * bow nothing, as nobody reads them. A crowded scene bows nothing: there the lines between two
 * clusters run side by side by the dozen, and fanning them out would only tangle them more.
 */
import type { Evaluation } from '../../../scene/evaluation';
import { nearSegment, type Rect, type Segment } from '../geometry/geometry';
import type { PlaneLayout } from '../geometry/layout';
import { bentCurve, BEND_OPTIONS, lineBends, type Curve } from './lineBends';

export function pairCurves(
  evaluation: Evaluation,
  layout: PlaneLayout,
  drawn: readonly number[],
  view: Rect,
  faint: (p: number) => boolean,
  crowded: boolean,
  step: number = BEND_OPTIONS.step,
): (Curve | null)[] {
  const { pairs, pairShare } = evaluation;
  const { px, py } = layout;
  const segments = drawn.map((p): Segment | null => {
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    return nearSegment({ x1: px[i]!, y1: py[i]!, x2: px[j]!, y2: py[j]! }, view);
  });
  // Only whole, visible lines take part in the bundles.
  const bundled = drawn.flatMap((p, k) => {
    const segment = segments[k];
    if (crowded || !segment || faint(p)) return [];
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    const whole = segment.x1 === px[i] && segment.y1 === py[i] && segment.x2 === px[j];
    return whole && segment.y2 === py[j] ? [k] : [];
  });
  const bends = lineBends(
    bundled.map((k) => segments[k]!),
    (b) => pairShare[drawn[bundled[b]!]!]!,
    { ...BEND_OPTIONS, step, tolerance: BEND_OPTIONS.tolerance * (step / BEND_OPTIONS.step) },
  );
  const bendOf = new Map(bundled.map((k, b) => [k, bends[b]!]));
  return segments.map((segment, k) => segment && bentCurve(segment, bendOf.get(k) ?? 0));
}
