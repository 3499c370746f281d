import { describe, expect, it } from 'vitest';
import { contrastivePairLoss } from '../losses/contrastive/contrastive';
import { seededRandom } from '../random';
import type { DigitImages } from './images';
import { createMlp, embedImages, pairLossGradient, parameterCount, type Mlp } from './mlp';
import { createPairBatch, type PairBatch } from './sampler';

/** `count` random images of 64 pixels, about half of them 0 as in the real digits. */
function randomImages(count: number, seed: number): DigitImages {
  const random = seededRandom(seed);
  const pixels = Float64Array.from({ length: count * 64 }, () =>
    random() < 0.5 ? 0 : Math.round(random() * 16) / 16,
  );
  return { count, size: 64, pixels, digits: new Uint8Array(count) };
}

function batchOf(pairs: readonly (readonly [number, number, 0 | 1])[]): PairBatch {
  const batch = createPairBatch(pairs.length + 3);
  pairs.forEach(([a, b, similar], p) => {
    batch.first[p] = a;
    batch.second[p] = b;
    batch.similar[p] = similar;
  });
  batch.count = pairs.length;
  return batch;
}

const distanceOf = (map: Float64Array, a: number, b: number) =>
  Math.hypot(map[2 * a]! - map[2 * b]!, map[2 * a + 1]! - map[2 * b + 1]!);

describe('the network', () => {
  // Six hidden units: the kernels' block of four, and two left over.
  const H = 6;
  const [b1, w2, b2] = [64 * H, 64 * H + H, 64 * H + 3 * H];
  const images = randomImages(6, 5);
  const mlp = createMlp(64, H, 6);
  const map = new Float64Array(12);
  embedImages(mlp, images, map);
  // One similar pair, and of two dissimilar pairs the nearer is inside the margin, the other beyond.
  const [inside, beyond] = [
    [2, 3],
    [4, 5],
  ].sort((p, q) => distanceOf(map, p[0]!, p[1]!) - distanceOf(map, q[0]!, q[1]!)) as [
    [number, number],
    [number, number],
  ];
  const margin = (distanceOf(map, ...inside) + distanceOf(map, ...beyond)) / 2;
  const batch = batchOf([
    [0, 1, 1],
    [...inside, 0],
    [...beyond, 0],
  ]);

  it('starts from seeded Glorot-uniform weights and zero biases', () => {
    expect(mlp.params.length).toBe(parameterCount(64, H));
    expect(parameterCount(64, 32)).toBe(64 * 32 + 32 + 2 * 32 + 2);
    const largest = (from: number, to: number) =>
      Math.max(...mlp.params.subarray(from, to).map(Math.abs));
    expect(largest(0, b1)).toBeLessThanOrEqual(Math.sqrt(6 / (64 + H)));
    expect(largest(0, b1)).toBeGreaterThan(0.9 * Math.sqrt(6 / (64 + H)));
    expect(largest(w2, b2)).toBeLessThanOrEqual(Math.sqrt(6 / (H + 2)));
    expect(largest(w2, b2)).toBeGreaterThan(0.5 * Math.sqrt(6 / (H + 2)));
    expect(largest(b1, w2)).toBe(0);
    expect(largest(b2, b2 + 2)).toBe(0);
    expect(createMlp(64, H, 6).params).toEqual(mlp.params);
    expect(createMlp(64, H, 7).params).not.toEqual(mlp.params);
  });

  it('places the images asked for, in their order', () => {
    const some = new Float64Array(4);
    embedImages(mlp, images, some, Int32Array.of(5, 2));
    expect([...some]).toEqual([map[10], map[11], map[4], map[5]]);
    expect(() => embedImages(mlp, images, new Float64Array(11))).toThrow(RangeError);
  });

  it('scores the mean of the contrastive losses of the pairs’ positions', () => {
    expect(distanceOf(map, ...inside)).toBeLessThan(0.9 * margin);
    expect(distanceOf(map, ...beyond)).toBeGreaterThan(1.1 * margin);
    const grad = new Float64Array(mlp.params.length);
    const loss = pairLossGradient(mlp, images, batch, margin, grad);
    const expected =
      (contrastivePairLoss(distanceOf(map, 0, 1), true, margin) +
        contrastivePairLoss(distanceOf(map, ...inside), false, margin)) /
      3;
    expect(loss).toBeCloseTo(expected, 14);
    expect(loss).toBeGreaterThan(0);
  });

  it('gives every weight’s gradient, as central differences measure it', () => {
    const grad = new Float64Array(mlp.params.length).fill(Number.NaN);
    pairLossGradient(mlp, images, batch, margin, grad);
    const nudged: Mlp = { ...mlp, params: Float64Array.from(mlp.params) };
    const lossAt = (k: number, h: number) => {
      nudged.params[k] = mlp.params[k]! + h;
      const loss = pairLossGradient(nudged, images, batch, margin, new Float64Array(grad.length));
      nudged.params[k] = mlp.params[k]!;
      return loss;
    };
    const h = 1e-5;
    let largest = 0;
    for (let k = 0; k < grad.length; k++) {
      const numeric = (lossAt(k, h) - lossAt(k, -h)) / (2 * h);
      largest = Math.max(largest, Math.abs(grad[k]!));
      expect(Math.abs(grad[k]! - numeric), `parameter ${k}`).toBeLessThanOrEqual(
        1e-6 * Math.abs(numeric) + 1e-10,
      );
    }
    // Every hidden unit's weights, b1 and W2 learn; b2 moves both images of a pair alike, so the
    // loss cannot feel it.
    expect(largest).toBeGreaterThan(1e-3);
    const ranges = [
      ...Array.from({ length: H }, (_, j) => [64 * j, 64 * j + 64]),
      [b1, w2],
      [w2, b2],
    ];
    for (const [from, to] of ranges)
      expect(grad.subarray(from, to).some((g) => Math.abs(g) > 1e-4)).toBe(true);
    expect([...grad.subarray(b2)]).toEqual([0, 0]);
  });

  it('gives no gradient for pairs already beyond the margin, and 0 for an empty batch', () => {
    const grad = new Float64Array(mlp.params.length);
    expect(pairLossGradient(mlp, images, batchOf([[...beyond, 0]]), margin, grad)).toBe(0);
    expect(grad.every((g) => g === 0)).toBe(true);
    grad.fill(1);
    expect(pairLossGradient(mlp, images, batchOf([]), margin, grad)).toBe(0);
    expect(grad.every((g) => g === 0)).toBe(true);
  });
});
