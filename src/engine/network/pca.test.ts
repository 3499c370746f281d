import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import type { DigitImages } from './images';
import { fitPca, projectPca } from './pca';

const imagesOf = (rows: readonly (readonly number[])[]): DigitImages => ({
  count: rows.length,
  size: rows[0]!.length,
  pixels: Float64Array.from(rows.flat()),
  digits: new Uint8Array(rows.length),
});
const all = (count: number) => Int32Array.from({ length: count }, (_, i) => i);
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from({ length: a.length }, (_, i) => a[i]! * b[i]!).reduce((s, v) => s + v, 0);

describe('PCA', () => {
  it('finds the directions of a small known case, with their variances and signs', () => {
    // Four images around μ: μ ± 2u and μ ± w, with u = (1, 2, 2)/3 and w = (2, 1, −2)/3
    // orthonormal; covariance (4·2·uuᵀ + 2·wwᵀ)/3 has eigenvalues 8/3 (u) and 2/3 (w).
    const mu = [0.5, 0.25, 0.75];
    const u = [1 / 3, 2 / 3, 2 / 3];
    const w = [2 / 3, 1 / 3, -2 / 3];
    const at = (a: number, b: number) => mu.map((m, i) => m + a * u[i]! + b * w[i]!);
    const images = imagesOf([at(2, 0), at(-2, 0), at(0, 1), at(0, -1)]);
    const pca = fitPca(images, all(4));
    mu.forEach((m, i) => expect(pca.mean[i]).toBeCloseTo(m, 14));
    expect(pca.variances[0]).toBeCloseTo(8 / 3, 13);
    expect(pca.variances[1]).toBeCloseTo(2 / 3, 13);
    expect(pca.totalVariance).toBeCloseTo(10 / 3, 13);
    // Signs: u's largest entries tie (2/3, 2/3), the first is positive; w's first (2/3) too.
    u.forEach((value, i) => expect(pca.components[i]).toBeCloseTo(value, 13));
    w.forEach((value, i) => expect(pca.components[3 + i]).toBeCloseTo(value, 13));
    const out = new Float64Array(4);
    projectPca(pca, images, out, Int32Array.of(0, 3));
    [2, 0, 0, -1].forEach((value, k) => expect(out[k]).toBeCloseTo(value, 13));
  });

  describe('on 300 random 64-pixel images with a few strong directions', () => {
    const random = seededRandom(9);
    const rows = Array.from({ length: 300 }, () => {
      const [a, b, c] = [random() - 0.5, random() - 0.5, random() - 0.5];
      return Array.from(
        { length: 64 },
        (_, i) => random() * 0.2 + a * Math.sin(i / 5) + b * (i % 8) * 0.1 + c * (i < 32 ? 0.3 : 0),
      );
    });
    const images = imagesOf(rows);
    const pca = fitPca(images, all(300));
    const first = pca.components.subarray(0, 64);
    const second = pca.components.subarray(64);
    const map = new Float64Array(600);
    projectPca(pca, images, map);
    const varianceOf = (values: readonly number[]) => {
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      return values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
    };
    const along = (direction: ArrayLike<number>) =>
      varianceOf(rows.map((row) => dot(row, direction)));

    it('gives orthonormal components', () => {
      expect(dot(first, first)).toBeCloseTo(1, 13);
      expect(dot(second, second)).toBeCloseTo(1, 13);
      expect(dot(first, second)).toBeCloseTo(0, 13);
    });

    it('puts the most variance on the first component, the most of what is left on the second', () => {
      const xs = Array.from({ length: 300 }, (_, k) => map[2 * k]!);
      const ys = Array.from({ length: 300 }, (_, k) => map[2 * k + 1]!);
      expect(varianceOf(xs)).toBeCloseTo(pca.variances[0]!, 12);
      expect(varianceOf(ys)).toBeCloseTo(pca.variances[1]!, 12);
      expect(pca.variances[0]!).toBeGreaterThan(pca.variances[1]!);
      const directions = [
        ...Array.from({ length: 64 }, (_, i) => Array.from({ length: 64 }, (_, j) => +(i === j))),
        ...Array.from({ length: 20 }, () => {
          const d = Array.from({ length: 64 }, () => random() - 0.5);
          const norm = Math.sqrt(dot(d, d));
          return d.map((v) => v / norm);
        }),
      ];
      for (const direction of directions) {
        expect(along(direction)).toBeLessThanOrEqual(pca.variances[0]! + 1e-12);
        // Orthogonal to the first, nothing beats the second.
        const f = dot(direction, first);
        const rest = direction.map((v, i) => v - f * first[i]!);
        const norm = Math.sqrt(dot(rest, rest));
        expect(along(rest.map((v) => v / norm))).toBeLessThanOrEqual(pca.variances[1]! + 1e-12);
      }
      expect(pca.variances[0]! + pca.variances[1]!).toBeLessThan(pca.totalVariance);
    });
  });

  it('needs two images', () => {
    expect(() => fitPca(imagesOf([[1, 2]]), all(1))).toThrow(RangeError);
  });
});
