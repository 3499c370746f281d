/**
 * InfoNCE's landscape of one point i: the mean loss as i moves, everyone else still. The moving
 * point sits in every anchor's denominator, so every row changes; but for another anchor a only
 * one term of its sum does, so LSE_a(q) = logaddexp(LSE of a's other terms, s(a, q)), O(1) per
 * anchor and O(n) per place. Only the direction of q matters (cosine similarity), so the
 * landscape is constant along each ray from the origin.
 */
import { knobIn, TEMPERATURE } from '../knobs';
import { cellCentre, type Grid } from '../../landscape';
import { logAddExp, orderedPositiveCount, unitOf } from './infonce';
import type { LossContext } from '../lossContext';

/** What anchor a ≠ i contributes, apart from the moving point's term. */
interface Anchor {
  readonly ux: number;
  readonly uy: number;
  readonly positives: number;
  /** log Σ exp s(a,k) over k ∉ {a, i}. */
  readonly others: number;
  /** Σ s(a,j) over a's positives j ≠ i. */
  readonly positiveSum: number;
  /** Whether the moving point is one of a's positives. */
  readonly withPoint: boolean;
}

export function infoNceLandscape(
  context: LossContext,
  point: number,
  _total: number,
  grid: Grid,
  out: Float64Array,
): void {
  const { xs, ys } = context.embedding;
  const { identityOf } = context;
  const tau = knobIn(context, TEMPERATURE);
  const n = xs.length;
  const rows = orderedPositiveCount(identityOf);
  if (rows === 0) {
    out.fill(0);
    return;
  }
  const units = Array.from(xs, (x, k) => unitOf(x, ys[k]!));
  const similarity = (a: number, k: number) =>
    (units[a]![0] * units[k]![0] + units[a]![1] * units[k]![1]) / tau;
  const anchors: Anchor[] = [];
  for (let a = 0; a < n; a++) {
    if (a === point) continue;
    let positives = 0;
    let positiveSum = 0;
    let high = -Infinity;
    for (let k = 0; k < n; k++) {
      if (k === a || k === point) continue;
      const s = similarity(a, k);
      high = Math.max(high, s);
      if (identityOf[k] === identityOf[a]) {
        positives++;
        positiveSum += s;
      }
    }
    const withPoint = identityOf[point] === identityOf[a];
    if (positives + (withPoint ? 1 : 0) === 0) continue;
    let sum = 0;
    for (let k = 0; k < n; k++)
      if (k !== a && k !== point) sum += Math.exp(similarity(a, k) - high);
    const others = high === -Infinity ? -Infinity : high + Math.log(sum);
    anchors.push({
      ux: units[a]![0],
      uy: units[a]![1],
      positives: positives + (withPoint ? 1 : 0),
      others,
      positiveSum,
      withPoint,
    });
  }
  const own = new Float64Array(n);
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const [ux, uy] = unitOf(...cellCentre(grid, column, row));
      let sum = 0;
      for (const anchor of anchors) {
        const s = (anchor.ux * ux + anchor.uy * uy) / tau;
        const lse = logAddExp(anchor.others, s);
        sum += anchor.positives * lse - anchor.positiveSum - (anchor.withPoint ? s : 0);
      }
      sum += movingAnchorRows(point, ux, uy, units, identityOf, tau, own);
      out[row * grid.columns + column] = Math.max(0, sum / rows);
    }
  }
}

/** The rows whose anchor is the moving point, with its direction (ux, uy). */
function movingAnchorRows(
  point: number,
  ux: number,
  uy: number,
  units: readonly [number, number][],
  identityOf: Int32Array,
  tau: number,
  scaled: Float64Array,
): number {
  let positives = 0;
  let positiveSum = 0;
  let high = -Infinity;
  for (let k = 0; k < units.length; k++) {
    if (k === point) continue;
    scaled[k] = (ux * units[k]![0] + uy * units[k]![1]) / tau;
    high = Math.max(high, scaled[k]!);
    if (identityOf[k] === identityOf[point]) {
      positives++;
      positiveSum += scaled[k]!;
    }
  }
  if (positives === 0) return 0;
  let sum = 0;
  for (let k = 0; k < units.length; k++) if (k !== point) sum += Math.exp(scaled[k]! - high);
  return positives * (high + Math.log(sum)) - positiveSum;
}

export function infoNceLandscapeCost(context: LossContext): number {
  return 3 * context.embedding.xs.length;
}
