/**
 * What the InfoNCE views read off the engine's output: which point is the anchor, how many
 * positives and negatives it has, its softmax as sorted bars, and its nearest negative. Pure
 * functions of the output, so they are tested without a page.
 */
import { softmaxOf, type InfoNceOutput } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import type { Highlight } from '../../../scene/store/store';
import { niceCeiling } from '../../charts/ChartFrame';

/** The cosine of the angle between points i and k, as the loss used it (0 for the origin). */
/** What each part of the InfoNCE tab is drawn from: the evaluation, its InfoNCE output, the anchor. */
export interface InfoNceViewProps {
  readonly evaluation: Evaluation;
  readonly output: InfoNceOutput;
  readonly anchor: number | null;
}

export function cosineOf(output: InfoNceOutput, i: number, k: number): number {
  return output.unitX[i]! * output.unitX[k]! + output.unitY[i]! * output.unitY[k]!;
}

/** How many other points share point i's identity: its positives. */
export function positiveCount(identityOf: Int32Array, i: number): number {
  let count = 0;
  for (let k = 0; k < identityOf.length; k++) {
    if (k !== i && identityOf[k] === identityOf[i]) count++;
  }
  return count;
}

/**
 * The anchor the views explain: the point picked last, else the one under the pointer, else the
 * first point that has a positive (so the default scene opens on a loss term), else the first.
 */
export function chooseAnchor(
  identityOf: Int32Array,
  activePoint: number | null,
  highlight: Highlight,
): number | null {
  const n = identityOf.length;
  if (activePoint !== null && activePoint < n) return activePoint;
  if (highlight?.kind === 'point' && highlight.index < n) return highlight.index;
  if (n === 0) return null;
  const sizes = identitySizes(identityOf);
  const first = identityOf.findIndex((id) => sizes.get(id)! > 1);
  return first >= 0 ? first : 0;
}

function identitySizes(identityOf: Int32Array): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const id of identityOf) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return sizes;
}

/** Positives per anchor across the scene: equal for every anchor when identities are equal in size. */
export function positiveRange(identityOf: Int32Array): { low: number; high: number } {
  const counts = [...identitySizes(identityOf).values()].map((size) => size - 1);
  return counts.length === 0
    ? { low: 0, high: 0 }
    : { low: Math.min(...counts), high: Math.max(...counts) };
}

/** The other point of another identity most similar to the anchor, or -1 when there is none. */
export function nearestNegative(
  output: InfoNceOutput,
  identityOf: Int32Array,
  anchor: number,
): number {
  let best = -1;
  let bestCosine = -Infinity;
  for (let k = 0; k < identityOf.length; k++) {
    if (identityOf[k] === identityOf[anchor] || output.radius[k] === 0) continue;
    const cosine = cosineOf(output, anchor, k);
    if (cosine > bestCosine) [best, bestCosine] = [k, cosine];
  }
  return best;
}

export interface SoftmaxBar {
  /** The candidate k. */
  readonly index: number;
  /** p(k | anchor) = exp(s(anchor,k) − LSE_anchor). */
  readonly probability: number;
  readonly positive: boolean;
}

export interface SoftmaxBars {
  /** The most probable candidates, most probable first; then the likeliest positive if it was not among them. */
  readonly bars: readonly SoftmaxBar[];
  /** Whether the last bar is a positive brought in from below the cut. */
  readonly positiveAppended: boolean;
  /** Candidates not drawn, and the probability they share. */
  readonly hidden: number;
  readonly hiddenMass: number;
}

/**
 * The anchor's softmax over its n − 1 candidates as bars, sorted by probability and cut to the
 * `limit` likeliest. The loss of (anchor, j) is −log of j's bar, so when no positive made the cut
 * the likeliest positive is drawn after them.
 */
export function softmaxBars(
  output: InfoNceOutput,
  identityOf: Int32Array,
  anchor: number,
  tau: number,
  limit: number,
): SoftmaxBars {
  const n = identityOf.length;
  const probability = new Float64Array(n);
  softmaxOf(output, anchor, tau, probability);
  const candidates: SoftmaxBar[] = [];
  for (let k = 0; k < n; k++) {
    if (k === anchor) continue;
    const positive = identityOf[k] === identityOf[anchor];
    candidates.push({ index: k, probability: probability[k]!, positive });
  }
  candidates.sort((a, b) => b.probability - a.probability || a.index - b.index);
  const bars = candidates.slice(0, limit);
  const firstPositive = candidates.find((bar) => bar.positive);
  const positiveAppended = Boolean(firstPositive && !bars.includes(firstPositive));
  if (positiveAppended) bars.push(firstPositive!);
  let shownMass = 0;
  for (const bar of bars) shownMass += bar.probability;
  return {
    bars,
    positiveAppended,
    hidden: candidates.length - bars.length,
    hiddenMass: Math.max(0, 1 - shownMass),
  };
}

/** The first row of anchor i in the engine's rows, which run anchor by anchor; -1 when it has none. */
export function firstRowOf(output: InfoNceOutput, anchor: number): number {
  const { rowAnchor, rowCount } = output;
  let low = 0;
  let high = rowCount;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rowAnchor[middle]! < anchor) low = middle + 1;
    else high = middle;
  }
  return low < rowCount && rowAnchor[low] === anchor ? low : -1;
}

/**
 * A cosine to two decimals, or up to four where two would round a nearly parallel pair to a
 * misleading ±1.00: 0.41, 0.997, 0.9996, and 1.00 only when exactly parallel.
 */
export function cosineText(cosine: number): string {
  let text = cosine.toFixed(2);
  for (let digits = 3; digits <= 4 && Math.abs(Number(text)) === 1; digits++) {
    if (Math.abs(cosine) === 1) break;
    text = cosine.toFixed(digits);
  }
  return text;
}

/**
 * Where the bars' probability axis ends: at 1 while a bar reaches 0.4 or there are only a few
 * candidates, and closer in when many share the probability (each near 1/(n − 1)), so the bars
 * stay visible. The uniform share always fits twice over.
 */
export function probabilityAxisEnd(largest: number, candidates: number): number {
  const reach = Math.max(largest, candidates > 0 ? 2 / candidates : 1);
  return reach >= 0.4 ? 1 : niceCeiling(reach);
}

/** A probability as a reader can compare them: 0.623, 0.0041, 3.2e-9. */
export function probabilityText(p: number): string {
  if (p === 0) return '0';
  if (p >= 0.01) return p.toFixed(3);
  return p >= 1e-4 ? p.toPrecision(2) : p.toExponential(1);
}
