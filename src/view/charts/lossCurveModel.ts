/** The geometry of the loss-versus-distance chart, kept pure so it can be tested. */
import { contrastivePairLoss } from '../../engine';
import { niceCeiling } from './ChartFrame';

/**
 * The D axis runs to a nice number past both the margin and the farthest pair (at least 2), so
 * the curves, the margin line and every dot are in view; it only grows in nice steps.
 */
export function distanceAxisEnd(largestDistance: number, margin: number): number {
  return niceCeiling(Math.max(2, 1.25 * margin, 1.05 * largestDistance));
}

/** The loss axis shows the dissimilar curve whole (its top is m² at D = 0), and at least 0.2. */
export function lossAxisEnd(margin: number): number {
  return niceCeiling(1.15 * Math.max(margin * margin, 0.2));
}

/** Points along one curve, (D, loss), from D = 0 to `end`; the margin is sampled exactly. */
export function curvePoints(
  similar: boolean,
  margin: number,
  end: number,
  samples = 160,
): [number, number][] {
  const ds = Array.from({ length: samples + 1 }, (_, k) => (end * k) / samples);
  if (!similar && margin > 0 && margin < end) ds.push(margin);
  ds.sort((a, b) => a - b);
  return ds.map((d) => [d, contrastivePairLoss(d, similar, margin)]);
}
