/**
 * Each loss's default learning rate for a scene: the largest round rate (1, 2 or 5 times a power
 * of ten) that keeps one step of gradient descent from overshooting, read off the scene's shape
 * (how many terms each point takes part in, the margin, τ), never its positions, so it stays the
 * same while points move and a link without `lr` always opens with the same rate.
 *
 * - Contrastive: a pair term's curvature is at most 2 along the pair, so a point with k pairs
 *   sits in a loss of curvature at most 4k (Gershgorin), and a step lowers it when lr < 2/(4k).
 *   The rate is 0.4/k, capped at 0.1 (CONTRACT.md's default, kept for every scene in which no
 *   point has more than four pairs).
 * - Triplet: every triplet pulls or pushes a point with a unit vector (two for its anchor), so the
 *   steepest a point can be is twice the number T of triplets it is in. The rate keeps that step
 *   within a quarter of the margin (or of 0.1 when the margin is smaller): 0.25·m / (2T). The
 *   loss is a sum over about n³ triplets, which is why this rate shrinks so fast with the scene.
 * - InfoNCE: the loss reads cosine similarities divided by τ, so its curvature grows as 1/τ and
 *   the rate is τ/2.
 */
import type { PairIncidence } from './pairs';

/** The largest of 1, 2 or 5 times a power of ten that is at most `value`. */
export function roundDownToStep(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return value;
  const power = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / power;
  const step = (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
  // 2 × 1e-4 is 0.00019999999999999998 in floating point: read back as typed.
  return Number(step.toPrecision(1));
}

/** CONTRACT.md section 4's default rate, which the contrastive loss keeps on small scenes. */
export const CONTRACT_LEARNING_RATE = 0.1;

export function contrastiveLearningRate(incidence: PairIncidence): number {
  let most = 0;
  for (let i = 0; i + 1 < incidence.offsets.length; i++)
    most = Math.max(most, incidence.offsets[i + 1]! - incidence.offsets[i]!);
  return roundDownToStep(Math.min(CONTRACT_LEARNING_RATE, 0.4 / Math.max(1, most)));
}

/** The most triplets any one point takes part in, as anchor, positive or negative. */
export function mostTripletsAtAPoint(identityOf: Int32Array): number {
  const n = identityOf.length;
  const sizes = new Map<number, number>();
  for (const id of identityOf) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  // Ordered (anchor, positive) pairs of the whole scene: each is a triplet with a negative.
  let orderedPositives = 0;
  for (const size of sizes.values()) orderedPositives += size * (size - 1);
  let most = 0;
  for (const size of sizes.values()) {
    const asAnchorOrPositive = 2 * (size - 1) * (n - size);
    const asNegative = orderedPositives - size * (size - 1);
    most = Math.max(most, asAnchorOrPositive + asNegative);
  }
  return most;
}

/** Below this the margin no longer sets the scale of a step; 0.1 does. */
const SMALLEST_SCALE = 0.1;

export function tripletLearningRate(identityOf: Int32Array, margin: number): number {
  const triplets = Math.max(1, mostTripletsAtAPoint(identityOf));
  return roundDownToStep((0.25 * Math.max(margin, SMALLEST_SCALE)) / (2 * triplets));
}

export function infoNceLearningRate(tau: number): number {
  return roundDownToStep(tau / 2);
}
