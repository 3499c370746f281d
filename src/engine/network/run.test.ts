import { describe, expect, it } from 'vitest';
import { loadDigits } from '../../testing/digits';
import { fitPca } from './pca';
import { createNetworkRun, pcaBaseline, type NetworkRun } from './run';
import { DEFAULT_NETWORK_SETTINGS, type NetworkSettings } from './settings';

const images = loadDigits();
const withSettings = (changes: Partial<NetworkSettings>): NetworkSettings => ({
  ...DEFAULT_NETWORK_SETTINGS,
  ...changes,
});
const stepMany = (run: NetworkRun, steps: number) =>
  Array.from({ length: steps }, () => run.step());
const mapOf = (run: NetworkRun) => {
  const map = new Float64Array(2 * images.count);
  run.embed(map);
  return map;
};
/** The mean distance of the images from their centroid: how spread out the map is. */
const spreadOf = (map: Float64Array) => {
  let [x, y] = [0, 0];
  for (let k = 0; k < images.count; k++) [x, y] = [x + map[2 * k]!, y + map[2 * k + 1]!];
  [x, y] = [x / images.count, y / images.count];
  let sum = 0;
  for (let k = 0; k < images.count; k++) sum += Math.hypot(map[2 * k]! - x, map[2 * k + 1]! - y);
  return sum / images.count;
};

describe('a training run on the 1,797 digits', () => {
  it('reads the real data: 1,797 images of 64 pixels in [0, 1], about 180 of each digit', () => {
    expect(images.count).toBe(1797);
    expect(images.pixels.length).toBe(1797 * 64);
    expect(Math.min(...images.pixels)).toBe(0);
    expect(Math.max(...images.pixels)).toBe(1);
    const perDigit = Array.from(
      { length: 10 },
      (_, d) => images.digits.filter((x) => x === d).length,
    );
    expect(perDigit).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
  });

  it('finds the principal components scikit-learn reports for the digits', () => {
    // sklearn.decomposition.PCA on load_digits(): explained_variance_ratio_ 0.14890594,
    // 0.13618771; explained_variance_[0] 179.0069 (on ink counts 0–16, so 179.0069 / 16² here).
    const pca = fitPca(
      images,
      Int32Array.from({ length: images.count }, (_, i) => i),
    );
    expect(pca.variances[0]! / pca.totalVariance).toBeCloseTo(0.14890594, 7);
    expect(pca.variances[1]! / pca.totalVariance).toBeCloseTo(0.13618771, 7);
    expect(pca.variances[0]! * 256).toBeCloseTo(179.0069, 3);
  });

  it('beats PCA by far after 300 steps, and reaches 0.94 held out after 1,000 (the defaults)', () => {
    const run = createNetworkRun(images, DEFAULT_NETWORK_SETTINGS);
    const pca = pcaBaseline(images, run.split, DEFAULT_NETWORK_SETTINGS.digits);
    expect(pca.accuracy).toBeGreaterThan(0.5);
    expect(pca.accuracy).toBeLessThan(0.7);
    const before = run.accuracy();
    const losses = stepMany(run, 300);
    expect(run.steps).toBe(300);
    const early = run.accuracy();
    expect(early).toBeGreaterThan(0.9);
    expect(early).toBeGreaterThan(pca.accuracy + 0.2);
    expect(before).toBeLessThan(pca.accuracy);
    // The loss falls: the last 50 steps' mean is under half the first 50's.
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean(losses.slice(-50))).toBeLessThan(0.5 * mean(losses.slice(0, 50)));
    stepMany(run, 700);
    expect(run.accuracy()).toBeGreaterThanOrEqual(0.94);
    expect(run.diverged).toBe(false);
  });

  it('repeats itself exactly from the same seed, and not from another', () => {
    const runOf = (seed: number) => {
      const run = createNetworkRun(images, withSettings({ seed }));
      return { losses: stepMany(run, 20), map: mapOf(run), heldOut: run.split.heldOut };
    };
    const first = runOf(3);
    const again = runOf(3);
    expect(again.losses).toEqual(first.losses);
    expect(again.map).toEqual(first.map);
    const other = runOf(4);
    expect(other.heldOut).not.toEqual(first.heldOut);
    expect(other.map).not.toEqual(first.map);
  });

  it('trains and scores only the chosen digits', () => {
    const digits = [0, 1, 7];
    const run = createNetworkRun(images, withSettings({ digits }));
    stepMany(run, 100);
    expect(run.accuracy()).toBeGreaterThan(0.95);
    const pca = pcaBaseline(images, run.split, digits);
    expect(pca.accuracy).toBeGreaterThan(0.9);
    expect(pca.map.length).toBe(2 * images.count);
  });

  it('collapses when every pair is similar, and takes live settings at the next step', () => {
    const run = createNetworkRun(images, withSettings({ similarShare: 1, pairsPerStep: 16 }));
    const spreadBefore = spreadOf(mapOf(run));
    stepMany(run, 200);
    expect(spreadOf(mapOf(run))).toBeLessThan(0.1 * spreadBefore);
    // Dissimilar pairs again, more of them, by SGD: the map opens up.
    run.retune(
      withSettings({ similarShare: 0.5, pairsPerStep: 256, optimiser: 'sgd', learningRate: 0.5 }),
    );
    stepMany(run, 100);
    expect(spreadOf(mapOf(run))).toBeGreaterThan(0.3);
    expect(() => run.retune(withSettings({ hidden: 8 }))).toThrow(RangeError);
    expect(() => run.retune(withSettings({ digits: [1, 2] }))).toThrow(RangeError);
  });

  it('stops at the first non-finite step and keeps the last finite map', () => {
    const run = createNetworkRun(images, withSettings({ optimiser: 'sgd' }));
    stepMany(run, 5);
    run.retune(withSettings({ optimiser: 'sgd', learningRate: 1e300 }));
    const losses = stepMany(run, 10);
    expect(run.diverged).toBe(true);
    expect(Number.isNaN(losses[9])).toBe(true);
    const map = mapOf(run);
    expect(map.every(Number.isFinite)).toBe(true);
    expect(run.steps).toBeLessThan(15);
    const steps = run.steps;
    expect(run.step()).toBeNaN();
    expect(run.steps).toBe(steps);
    expect(mapOf(run)).toEqual(map);
  });

  it('refuses settings out of range', () => {
    for (const bad of [
      { margin: -1 },
      { learningRate: 0 },
      { pairsPerStep: 0.5 },
      { similarShare: 1.5 },
      { hidden: 0 },
      { digits: [] },
      { digits: [3, 1] },
      { digits: [10] },
      { seed: 0.5 },
    ])
      expect(() => createNetworkRun(images, withSettings(bad)), JSON.stringify(bad)).toThrow(
        RangeError,
      );
  });
});
