/**
 * Gradient descent as CONTRACT.md section 4 defines a step: every point at once,
 * p ← p − lr·∂L/∂p, followed, on the unit circle, by projection back onto it.
 */

/** Moves every point against its gradient, in place, except those in `held`. */
export function descend(
  xs: Float64Array,
  ys: Float64Array,
  gradX: Float64Array,
  gradY: Float64Array,
  learningRate: number,
  held: ReadonlySet<number> = new Set(),
): void {
  for (let i = 0; i < xs.length; i++) {
    if (held.has(i)) continue;
    xs[i] = xs[i]! - learningRate * gradX[i]!;
    ys[i] = ys[i]! - learningRate * gradY[i]!;
  }
}

/** p / |p|: a point on the unit circle, as L2-normalised embeddings are; the origin goes to (1, 0). */
export function projectToCircle(x: number, y: number): [number, number] {
  const length = Math.hypot(x, y);
  return length > 0 ? [x / length, y / length] : [1, 0];
}

/** Every point projected onto the unit circle, in place. */
export function projectAll(xs: Float64Array, ys: Float64Array): void {
  for (let i = 0; i < xs.length; i++) {
    const [x, y] = projectToCircle(xs[i]!, ys[i]!);
    xs[i] = x;
    ys[i] = y;
  }
}
