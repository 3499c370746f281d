/**
 * InfoNCE (van den Oord et al. 2018), the NT-Xent of SimCLR (Chen et al. 2020) and the loss CLIP
 * applies in each direction, on the scene's points (CONTRACT.md section 4). Similarity is the
 * cosine of the angle between two points seen as vectors from the origin, scaled by 1/τ:
 *
 *   s(i,k) = cos(p_i, p_k)/τ
 *   ℓ(i,j) = −log( exp s(i,j) / Σ_{k≠i} exp s(i,k) ) = LSE_i − s(i,j)
 *   total  = mean of ℓ(i,j) over the ordered pairs i ≠ j of one identity
 *
 * For each anchor i the log-sum-exp LSE_i = log Σ_{k≠i} exp s(i,k) is taken about its largest
 * term, so a small τ (s up to 1/τ = 100 at τ = 0.01, far beyond at τ = 0.001) never overflows.
 *
 * Gradient. With M ordered pairs and P_i positives of anchor i, ∂total/∂s(i,k) is
 * (P_i·softmax_i(k) − [k is a positive of i])/M, and the cosine's derivatives are
 *   ∂cos/∂p_i = (û_k − cos·û_i)/|p_i|,   ∂cos/∂p_k = (û_i − cos·û_k)/|p_k|,   û = p/|p|.
 * Only the direction of a point matters, so its gradient is always tangent to its circle. A point
 * at the origin has no direction: its similarities count as 0 and it gets no gradient.
 */
import { knobIn, TEMPERATURE } from '../knobs';
import { pairLookup, type LossContext, type LossOutput } from '../lossContext';

export interface InfoNceOutput extends LossOutput {
  /** The ordered pairs (anchor, positive), anchor by anchor, and ℓ of each. */
  rowCount: number;
  readonly rowAnchor: Int32Array;
  readonly rowPositive: Int32Array;
  readonly rowLoss: Float64Array;
  /** Per point: LSE_i, so softmax_i(k) = exp(s(i,k) − LSE_i). −∞ for a lone point. */
  readonly logSumExp: Float64Array;
  /** Per point: its unit direction (0, 0 at the origin), as the similarities used it. */
  readonly unitX: Float64Array;
  readonly unitY: Float64Array;
  /** Per point: its distance from the origin. */
  readonly radius: Float64Array;
  /** One anchor's scaled similarities, and their exponentials about the largest, reused. */
  readonly scratch: Float64Array;
  readonly exponentials: Float64Array;
}

/** How many ordered pairs of one identity n points with these identities have. */
export function orderedPositiveCount(identityOf: Int32Array): number {
  const sizes = new Map<number, number>();
  for (const id of identityOf) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  let count = 0;
  for (const size of sizes.values()) count += size * (size - 1);
  return count;
}

export function createInfoNceOutput(
  pointCount: number,
  pairCount: number,
  identityOf: Int32Array,
): InfoNceOutput {
  const rows = orderedPositiveCount(identityOf);
  return {
    gradX: new Float64Array(pointCount),
    gradY: new Float64Array(pointCount),
    pairShare: new Float64Array(pairCount),
    rowCount: rows,
    rowAnchor: new Int32Array(rows),
    rowPositive: new Int32Array(rows),
    rowLoss: new Float64Array(rows),
    logSumExp: new Float64Array(pointCount),
    unitX: new Float64Array(pointCount),
    unitY: new Float64Array(pointCount),
    radius: new Float64Array(pointCount),
    scratch: new Float64Array(pointCount),
    exponentials: new Float64Array(pointCount),
  };
}

/** The unit direction of (x, y), or (0, 0) at the origin. */
export function unitOf(x: number, y: number): [number, number] {
  const length = Math.sqrt(x * x + y * y);
  return length > 0 ? [x / length, y / length] : [0, 0];
}

/** log(e^a + e^b), exact for any a, b (−∞ included). */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(Math.min(a, b) - high));
}

export function evaluateInfoNce(context: LossContext, out: InfoNceOutput): number {
  const { xs, ys } = context.embedding;
  const { identityOf } = context;
  const tau = knobIn(context, TEMPERATURE);
  const n = xs.length;
  const { gradX, gradY, pairShare, rowAnchor, rowPositive, rowLoss, logSumExp: lse } = out;
  const { unitX, unitY, radius, scratch: scaled, exponentials } = out;
  gradX.fill(0);
  gradY.fill(0);
  pairShare.fill(0);
  for (let i = 0; i < n; i++) {
    radius[i] = Math.sqrt(xs[i]! * xs[i]! + ys[i]! * ys[i]!);
    unitX[i] = radius[i]! > 0 ? xs[i]! / radius[i]! : 0;
    unitY[i] = radius[i]! > 0 ? ys[i]! / radius[i]! : 0;
  }
  const rows = out.rowCount;
  const lookup = pairLookup(context.pairs, n);
  let row = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const ux = unitX[i]!;
    const uy = unitY[i]!;
    let positives = 0;
    let high = -Infinity;
    for (let k = 0; k < n; k++) {
      scaled[k] = (ux * unitX[k]! + uy * unitY[k]!) / tau;
      if (k === i) continue;
      if (scaled[k]! > high) high = scaled[k]!;
      if (identityOf[k] === identityOf[i]) positives++;
    }
    // The log-sum-exp about its largest term, keeping each exponential for the softmax below.
    let sumExp = 0;
    for (let k = 0; k < n; k++) {
      exponentials[k] = k === i ? 0 : Math.exp(scaled[k]! - high);
      sumExp += exponentials[k]!;
    }
    lse[i] = high === -Infinity ? -Infinity : high + Math.log(sumExp);
    if (positives === 0) continue;
    let ownX = 0;
    let ownY = 0;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      const positive = identityOf[k] === identityOf[i];
      if (positive) {
        const loss = lse[i]! - scaled[k]!;
        rowAnchor[row] = i;
        rowPositive[row] = k;
        rowLoss[row++] = loss;
        sum += loss;
        const pair = lookup(i, k);
        if (pair >= 0) pairShare[pair]! += loss / rows;
      }
      const weight = ((positives * exponentials[k]!) / sumExp - (positive ? 1 : 0)) / (rows * tau);
      const cosine = ux * unitX[k]! + uy * unitY[k]!;
      if (radius[i]! > 0) {
        ownX += (weight * (unitX[k]! - cosine * ux)) / radius[i]!;
        ownY += (weight * (unitY[k]! - cosine * uy)) / radius[i]!;
      }
      if (radius[k]! > 0) {
        gradX[k]! += (weight * (ux - cosine * unitX[k]!)) / radius[k]!;
        gradY[k]! += (weight * (uy - cosine * unitY[k]!)) / radius[k]!;
      }
    }
    gradX[i]! += ownX;
    gradY[i]! += ownY;
  }
  return rows === 0 ? 0 : sum / rows;
}

/** Anchor i's softmax over every other point k: exp(s(i,k) − LSE_i), 0 at k = i. */
export function softmaxOf(out: InfoNceOutput, anchor: number, tau: number, into: Float64Array) {
  const { unitX, unitY, logSumExp: lse } = out;
  for (let k = 0; k < unitX.length; k++) {
    into[k] =
      k === anchor
        ? 0
        : Math.exp((unitX[anchor]! * unitX[k]! + unitY[anchor]! * unitY[k]!) / tau - lse[anchor]!);
  }
}
