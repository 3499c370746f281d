/**
 * The siamese network: one multilayer perceptron, inputs → hidden (tanh) → 2 (linear), that
 * places every image on the 2-D map. Both images of a pair go through the same weights, so the
 * contrastive loss of their two positions trains one set of parameters.
 *
 * Parameters, one flat array (what the optimiser steps and the gradient mirrors):
 *   W1  hidden × inputs, row-major (row j: the weights into hidden unit j)
 *   b1  hidden
 *   W2  2 × hidden, row-major (row 0 makes x, row 1 makes y)
 *   b2  2
 */
import { scorePair, term } from '../losses/contrastive/contrastive';
import { seededRandom } from '../random';
import { forEachImage, type DigitImages } from './images';
import type { PairBatch } from './sampler';

export interface Mlp {
  readonly inputs: number;
  readonly hidden: number;
  readonly params: Float64Array;
}

/** Where b1, W2 and b2 start in `params` (W1 starts at 0). */
export interface MlpLayout {
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
}

function layoutOf({ inputs, hidden }: Pick<Mlp, 'inputs' | 'hidden'>): MlpLayout {
  const b1 = hidden * inputs;
  const w2 = b1 + hidden;
  return { b1, w2, b2: w2 + 2 * hidden };
}

/** How many parameters a network of this shape has. */
export function parameterCount(inputs: number, hidden: number): number {
  return layoutOf({ inputs, hidden }).b2 + 2;
}

/**
 * Glorot-uniform weights, U(−a, a) with a = √(6 / (fan in + fan out)), and zero biases: tanh
 * units start in their linear range and the first map is a small random projection.
 */
export function createMlp(inputs: number, hidden: number, seed: number): Mlp {
  const mlp = { inputs, hidden, params: new Float64Array(parameterCount(inputs, hidden)) };
  const { b1, w2, b2 } = layoutOf(mlp);
  const random = seededRandom(seed);
  const fill = (from: number, to: number, limit: number) => {
    for (let k = from; k < to; k++) mlp.params[k] = (2 * random() - 1) * limit;
  };
  fill(0, b1, Math.sqrt(6 / (inputs + hidden)));
  fill(w2, b2, Math.sqrt(6 / (hidden + 2)));
  return mlp;
}

/** What `pairLossGradient` reuses, so a training step allocates nothing. */
export interface MlpScratch {
  readonly layout: MlpLayout;
  /** The hidden activations of a pair's first and second image. */
  readonly first: Float64Array;
  readonly second: Float64Array;
  /** The pair's two map positions: x₁, y₁, x₂, y₂. */
  readonly positions: Float64Array;
}

export function createMlpScratch(mlp: Mlp): MlpScratch {
  return {
    layout: layoutOf(mlp),
    first: new Float64Array(mlp.hidden),
    second: new Float64Array(mlp.hidden),
    positions: new Float64Array(4),
  };
}

/**
 * One image forward: its hidden activations into `hidden`, its position into out[at], out[at + 1].
 *
 * W1 is walked four rows (hidden units) at a time, so each pixel read serves four weights: in V8
 * that runs about twice as fast as a row at a time (bench/network.ts times the step). The rows
 * left over, when H is not a multiple of four, go one at a time.
 */
function forward(
  mlp: Mlp,
  { b1, w2, b2 }: MlpLayout,
  pixels: Float64Array,
  start: number,
  hidden: Float64Array,
  out: Float64Array,
  at: number,
): void {
  const { inputs, hidden: units, params } = mlp;
  const fours = units - (units % 4);
  for (let j = 0; j < fours; j += 4) {
    const r0 = j * inputs;
    const r1 = r0 + inputs;
    const r2 = r1 + inputs;
    const r3 = r2 + inputs;
    let z0 = params[b1 + j]!;
    let z1 = params[b1 + j + 1]!;
    let z2 = params[b1 + j + 2]!;
    let z3 = params[b1 + j + 3]!;
    for (let i = 0; i < inputs; i++) {
      const pixel = pixels[start + i]!;
      z0 += params[r0 + i]! * pixel;
      z1 += params[r1 + i]! * pixel;
      z2 += params[r2 + i]! * pixel;
      z3 += params[r3 + i]! * pixel;
    }
    hidden[j] = z0;
    hidden[j + 1] = z1;
    hidden[j + 2] = z2;
    hidden[j + 3] = z3;
  }
  for (let j = fours; j < units; j++) {
    const row = j * inputs;
    let z = params[b1 + j]!;
    for (let i = 0; i < inputs; i++) z += params[row + i]! * pixels[start + i]!;
    hidden[j] = z;
  }
  let x = params[b2]!;
  let y = params[b2 + 1]!;
  for (let j = 0; j < units; j++) {
    const activation = Math.tanh(hidden[j]!);
    hidden[j] = activation;
    x += params[w2 + j]! * activation;
    y += params[w2 + units + j]! * activation;
  }
  out[at] = x;
  out[at + 1] = y;
}

/**
 * One image backward: adds to `grad` what its position's gradient (gx, gy) makes of every
 * parameter, through the activations `forward` left in `hidden`. It overwrites them with the
 * hidden units' deltas, their last use; W1's share goes four rows at a time, as in `forward`.
 */
function backward(
  mlp: Mlp,
  { b1, w2, b2 }: MlpLayout,
  pixels: Float64Array,
  start: number,
  hidden: Float64Array,
  gx: number,
  gy: number,
  grad: Float64Array,
): void {
  const { inputs, hidden: units, params } = mlp;
  grad[b2]! += gx;
  grad[b2 + 1]! += gy;
  for (let j = 0; j < units; j++) {
    const activation = hidden[j]!;
    grad[w2 + j]! += gx * activation;
    grad[w2 + units + j]! += gy * activation;
    // Through tanh: d tanh(z)/dz = 1 − tanh(z)².
    const delta =
      (params[w2 + j]! * gx + params[w2 + units + j]! * gy) * (1 - activation * activation);
    grad[b1 + j]! += delta;
    hidden[j] = delta;
  }
  const fours = units - (units % 4);
  for (let j = 0; j < fours; j += 4) {
    const r0 = j * inputs;
    const r1 = r0 + inputs;
    const r2 = r1 + inputs;
    const r3 = r2 + inputs;
    const d0 = hidden[j]!;
    const d1 = hidden[j + 1]!;
    const d2 = hidden[j + 2]!;
    const d3 = hidden[j + 3]!;
    for (let i = 0; i < inputs; i++) {
      const pixel = pixels[start + i]!;
      grad[r0 + i]! += d0 * pixel;
      grad[r1 + i]! += d1 * pixel;
      grad[r2 + i]! += d2 * pixel;
      grad[r3 + i]! += d3 * pixel;
    }
  }
  for (let j = fours; j < units; j++) {
    const row = j * inputs;
    const delta = hidden[j]!;
    for (let i = 0; i < inputs; i++) grad[row + i]! += delta * pixels[start + i]!;
  }
}

/** out[2k], out[2k + 1]: the map position of image indices[k] (of image k when indices is absent). */
export function embedImages(
  mlp: Mlp,
  images: DigitImages,
  out: Float64Array,
  indices?: Int32Array,
): void {
  const layout = layoutOf(mlp);
  const hidden = new Float64Array(mlp.hidden);
  forEachImage(images, out, indices, (start, at) =>
    forward(mlp, layout, images.pixels, start, hidden, out, at),
  );
}

/**
 * The mean contrastive loss over the batch's pairs, each the loss of its two images' positions;
 * `grad` is overwritten with d(mean loss)/d(params). The pair's loss and its gradient with
 * respect to the two positions come from the contrastive kernel (`scorePair`), and flow back
 * through the shared weights from both images. A pair whose loss is 0 (dissimilar and already
 * beyond the margin) has no gradient and skips the backward pass.
 */
export function pairLossGradient(
  mlp: Mlp,
  images: DigitImages,
  batch: PairBatch,
  margin: number,
  grad: Float64Array,
  scratch: MlpScratch = createMlpScratch(mlp),
): number {
  if (grad.length !== mlp.params.length)
    throw new RangeError(`The gradient needs ${mlp.params.length} numbers, not ${grad.length}.`);
  if (images.size !== mlp.inputs)
    throw new RangeError(`The network reads ${mlp.inputs} pixels, the images have ${images.size}.`);
  grad.fill(0);
  const { count, first, second, similar } = batch;
  if (count === 0) return 0;
  const { pixels, size } = images;
  const { layout, positions } = scratch;
  const share = 1 / count;
  let total = 0;
  for (let p = 0; p < count; p++) {
    const a = first[p]! * size;
    const b = second[p]! * size;
    forward(mlp, layout, pixels, a, scratch.first, positions, 0);
    forward(mlp, layout, pixels, b, scratch.second, positions, 2);
    scorePair(positions[0]!, positions[1]!, positions[2]!, positions[3]!, similar[p] === 1, margin);
    if (term.loss === 0) continue;
    total += term.loss;
    const gx = term.gradX * share;
    const gy = term.gradY * share;
    backward(mlp, layout, pixels, a, scratch.first, gx, gy, grad);
    backward(mlp, layout, pixels, b, scratch.second, -gx, -gy, grad);
  }
  return total * share;
}
