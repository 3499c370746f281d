/**
 * The same loss and gradients computed the way a user of a deep-learning library would: tensors,
 * and automatic differentiation (tf.variableGrads), on tfjs-core's plain-JavaScript CPU backend and
 * on its WebAssembly backend (SIMD where the runtime has it, as Node 20 does), the strongest CPU
 * backend a browser user would reach for.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { join } from 'node:path';

export type TfjsBackend = 'cpu' | 'wasm';

// The .wasm binaries are read from the package's own folder (the bundle has no copy of them).
setWasmPaths(`${join(process.cwd(), 'node_modules/@tensorflow/tfjs-backend-wasm/dist')}/`);

export async function useBackend(backend: TfjsBackend): Promise<string> {
  await tf.setBackend(backend);
  await tf.ready();
  return tf.getBackend();
}

/** Whether the WebAssembly backend runs its SIMD build here. */
export async function wasmHasSimd(): Promise<boolean> {
  return Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
}

export interface TfjsModel {
  readonly positions: tf.Variable;
  /** 1 where points i < j share an identity (a similar pair), else 0. */
  readonly similarPairs: tf.Tensor2D;
  /** 1 where points i < j differ in identity (a dissimilar pair), else 0. */
  readonly dissimilarPairs: tf.Tensor2D;
  /** The identity matrix, added to squared distances so √ is never taken at 0 on the diagonal. */
  readonly eye: tf.Tensor2D;
}

/**
 * Every pair of an all-pairs scene as dense n × n masks: the idiomatic tensor formulation. (The
 * gather-based one, one row per pair, spends minutes in gather's gradient on the CPU backend.)
 */
export function tfjsModel(xs: Float64Array, ys: Float64Array, identity: Int32Array): TfjsModel {
  const n = xs.length;
  const flat = new Float32Array(n * 2);
  const similar = new Float32Array(n * n);
  const dissimilar = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    flat[2 * i] = xs[i]!;
    flat[2 * i + 1] = ys[i]!;
    for (let j = i + 1; j < n; j++) {
      if (identity[i] === identity[j]) similar[i * n + j] = 1;
      else dissimilar[i * n + j] = 1;
    }
  }
  return {
    positions: tf.variable(tf.tensor2d(flat, [n, 2])),
    similarPairs: tf.tensor2d(similar, [n, n]),
    dissimilarPairs: tf.tensor2d(dissimilar, [n, n]),
    eye: tf.eye(n),
  };
}

/** Total loss and every point's gradient, materialised so the work is really done. */
export function tfjsEvaluate(
  model: TfjsModel,
  margin: number,
): { total: number; gradient: Float32Array } {
  const { value, grads } = tf.variableGrads(() => {
    const n = model.positions.shape[0];
    const a = tf.reshape(model.positions, [n, 1, 2]);
    const b = tf.reshape(model.positions, [1, n, 2]);
    const squared = tf.sum(tf.square(tf.sub(a, b)), 2);
    const distance = tf.sqrt(tf.add(squared, model.eye));
    const push = tf.square(tf.relu(tf.sub(margin, distance)));
    const losses = tf.add(tf.mul(model.similarPairs, squared), tf.mul(model.dissimilarPairs, push));
    return tf.sum<tf.Scalar>(losses);
  });
  const gradient = grads[model.positions.name]!;
  const result = { total: value.dataSync()[0]!, gradient: gradient.dataSync() as Float32Array };
  tf.dispose([value, gradient]);
  return result;
}

/** One point's total loss over a grid, by broadcasting every cell against every partner. */
export function tfjsLandscape(
  partners: { xs: Float64Array; ys: Float64Array; similar: Uint8Array },
  rest: number,
  margin: number,
  grid: { xMin: number; xMax: number; yMin: number; yMax: number; columns: number; rows: number },
): Float32Array {
  return tf.tidy(() => {
    const cellX = tf.add(
      grid.xMin,
      tf.mul(tf.add(tf.range(0, grid.columns), 0.5), (grid.xMax - grid.xMin) / grid.columns),
    );
    const cellY = tf.sub(
      grid.yMax,
      tf.mul(tf.add(tf.range(0, grid.rows), 0.5), (grid.yMax - grid.yMin) / grid.rows),
    );
    const gx = tf.reshape(tf.tile(tf.reshape(cellX, [1, grid.columns]), [grid.rows, 1]), [-1, 1]);
    const gy = tf.reshape(tf.tile(tf.reshape(cellY, [grid.rows, 1]), [1, grid.columns]), [-1, 1]);
    const px = tf.reshape(tf.tensor1d(Float32Array.from(partners.xs)), [1, -1]);
    const py = tf.reshape(tf.tensor1d(Float32Array.from(partners.ys)), [1, -1]);
    const similar = tf.reshape(tf.tensor1d(Float32Array.from(partners.similar)), [1, -1]);
    const squared = tf.add(tf.square(tf.sub(gx, px)), tf.square(tf.sub(gy, py)));
    const push = tf.square(tf.relu(tf.sub(margin, tf.sqrt(squared))));
    const losses = tf.add(tf.mul(similar, squared), tf.mul(tf.sub(1, similar), push));
    return tf.add(rest, tf.sum(losses, 1)).dataSync() as Float32Array;
  });
}

export function disposeModel(model: TfjsModel): void {
  tf.dispose([model.positions, model.similarPairs, model.dissimilarPairs, model.eye]);
}

export const tfjsVersion = tf.version_core;

/** The digits network as a tfjs user writes it: 64 → H → 2, tanh, Adam, autodiff. */
export interface TfjsNetwork {
  /** One step on these pairs: forward both sides, mean contrastive loss, backward, Adam. */
  step(first: Int32Array, second: Int32Array, similar: Uint8Array, count: number): number;
  /** Every image's map position, x and y per image. */
  embed(): Float32Array;
  dispose(): void;
}

/** Glorot-uniform weights and zero biases, as the engine starts; tfjs draws its own numbers. */
export function tfjsNetwork(
  pixels: Float64Array,
  size: number,
  hidden: number,
  settings: { margin: number; learningRate: number },
): TfjsNetwork {
  const images = tf.tensor2d(Float32Array.from(pixels), [pixels.length / size, size]);
  const glorot = (rows: number, columns: number) =>
    tf.variable(
      tf.mul(
        tf.randomUniform([rows, columns], -1, 1, 'float32', 1),
        Math.sqrt(6 / (rows + columns)),
      ),
    );
  const w1 = glorot(size, hidden);
  const b1 = tf.variable(tf.zeros([hidden]));
  const w2 = glorot(hidden, 2);
  const b2 = tf.variable(tf.zeros([2]));
  const optimiser = tf.train.adam(settings.learningRate, 0.9, 0.999, 1e-8);
  const place = (x: tf.Tensor2D) =>
    tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(x, w1), b1)), w2), b2);
  return {
    step(first, second, similar, count) {
      const a = tf.tensor1d(first.subarray(0, count), 'int32');
      const b = tf.tensor1d(second.subarray(0, count), 'int32');
      const y = tf.tensor1d(Float32Array.from(similar.subarray(0, count)));
      const cost = optimiser.minimize(() => {
        const squared = tf.sum(
          tf.square(tf.sub(place(tf.gather(images, a)), place(tf.gather(images, b)))),
          1,
        );
        // √ of 0 has no gradient: a pair on one spot gets a tiny offset, as libraries do.
        const push = tf.square(tf.relu(tf.sub(settings.margin, tf.sqrt(tf.add(squared, 1e-12)))));
        return tf.mean<tf.Scalar>(tf.add(tf.mul(y, squared), tf.mul(tf.sub(1, y), push)));
      }, true)!;
      const loss = cost.dataSync()[0]!;
      tf.dispose([a, b, y, cost]);
      return loss;
    },
    embed: () => tf.tidy(() => place(images).dataSync() as Float32Array),
    dispose: () => {
      optimiser.dispose();
      tf.dispose([images, w1, b1, w2, b2]);
    },
  };
}
