/**
 * The baseline the network must beat: the images' first two principal components, the best
 * straight-on 2-D shadow of the 64-pixel space. It knows nothing of the digits' labels.
 */
import { forEachImage, type DigitImages } from './images';

export interface Pca {
  /** The mean image. */
  readonly mean: Float64Array;
  /** The first and second principal directions, one after the other: unit length, orthogonal. */
  readonly components: Float64Array;
  /** The variance of the images along each component (sample variance, n − 1). */
  readonly variances: Float64Array;
  /** Their total variance over every pixel: variances[k] / totalVariance is the share explained. */
  readonly totalVariance: number;
}

/**
 * The cyclic Jacobi method: plane rotations that zero one off-diagonal entry at a time until the
 * symmetric matrix `a` (n × n, destroyed) is diagonal. Returns its eigenvalues (the diagonal);
 * `vectors` (n × n) receives the eigenvectors as columns. Deterministic, and exact for repeated
 * eigenvalues, where power iteration would not settle.
 */
function jacobiEigen(a: Float64Array, n: number, vectors: Float64Array): Float64Array {
  vectors.fill(0);
  for (let i = 0; i < n; i++) vectors[i * n + i] = 1;
  let scale = 0;
  for (const value of a) scale += value * value;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off <= 1e-30 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        // The angle that zeroes a[p][q]: t = tan φ, the root of t² + 2θt − 1 = 0 nearer 0.
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, n, p, q, c, s, n, 1); // columns p and q: A·J
        rotate(a, n, p, q, c, s, 1, n); // rows p and q: Jᵀ·(A·J)
        rotate(vectors, n, p, q, c, s, n, 1);
      }
    }
  }
  return Float64Array.from({ length: n }, (_, i) => a[i * n + i]!);
}

/**
 * Rotates lines p and q of an n × n matrix by (c, s): columns when `along` is n and `across`
 * is 1, rows when `along` is 1 and `across` is n.
 */
function rotate(
  m: Float64Array,
  n: number,
  p: number,
  q: number,
  c: number,
  s: number,
  along: number,
  across: number,
): void {
  for (let k = 0; k < n; k++) {
    const atP = k * along + p * across;
    const atQ = k * along + q * across;
    const mp = m[atP]!;
    const mq = m[atQ]!;
    m[atP] = c * mp - s * mq;
    m[atQ] = s * mp + c * mq;
  }
}

/** The mean and first two principal components of the images of `indices`. */
export function fitPca(images: DigitImages, indices: Int32Array): Pca {
  const { size, pixels } = images;
  const n = indices.length;
  if (n < 2) throw new RangeError(`PCA needs at least two images, not ${n}.`);
  const mean = new Float64Array(size);
  for (const image of indices) for (let i = 0; i < size; i++) mean[i]! += pixels[image * size + i]!;
  for (let i = 0; i < size; i++) mean[i]! /= n;
  const covariance = new Float64Array(size * size);
  const centred = new Float64Array(size);
  for (const image of indices) {
    for (let i = 0; i < size; i++) centred[i] = pixels[image * size + i]! - mean[i]!;
    for (let i = 0; i < size; i++)
      for (let j = i; j < size; j++) covariance[i * size + j]! += centred[i]! * centred[j]!;
  }
  let totalVariance = 0;
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      const value = covariance[i * size + j]! / (n - 1);
      covariance[i * size + j] = value;
      covariance[j * size + i] = value;
    }
    totalVariance += covariance[i * size + i]!;
  }
  const vectors = new Float64Array(size * size);
  const values = jacobiEigen(covariance, size, vectors);
  // Largest eigenvalues first; on a tie, the lower index.
  const order = Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
  const components = new Float64Array(2 * size);
  for (let k = 0; k < 2; k++) {
    const column = order[k]!;
    // The sign is arbitrary: fixed so the entry of largest magnitude is positive. Entries within
    // a relative 1e-9 of it count as tied, and the first of them decides, so rounding cannot flip it.
    let largest = 0;
    for (let i = 0; i < size; i++)
      largest = Math.max(largest, Math.abs(vectors[i * size + column]!));
    let decider = 0;
    while (Math.abs(vectors[decider * size + column]!) < largest * (1 - 1e-9)) decider++;
    const sign = vectors[decider * size + column]! < 0 ? -1 : 1;
    for (let i = 0; i < size; i++) components[k * size + i] = sign * vectors[i * size + column]!;
  }
  return {
    mean,
    components,
    variances: Float64Array.of(values[order[0]!]!, values[order[1]!]!),
    totalVariance,
  };
}

/** out[2k], out[2k + 1]: image indices[k] (image k when indices is absent) on the two components. */
export function projectPca(
  pca: Pca,
  images: DigitImages,
  out: Float64Array,
  indices?: Int32Array,
): void {
  const { mean, components } = pca;
  const { size, pixels } = images;
  forEachImage(images, out, indices, (start, at) => {
    let x = 0;
    let y = 0;
    for (let i = 0; i < size; i++) {
      const centred = pixels[start + i]! - mean[i]!;
      x += centred * components[i]!;
      y += centred * components[size + i]!;
    }
    out[at] = x;
    out[at + 1] = y;
  });
}
