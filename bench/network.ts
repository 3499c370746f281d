/**
 * The digits network in Node: how fast a training step of the engine runs with the default
 * settings (64 → 32 → 2, 128 pairs, Adam), how well its map keeps held-out digits apart after
 * 250, 500 and 1,000 steps beside PCA's, and the same step written with tfjs on its WebAssembly
 * backend. Built by bench/vite.config.ts, run by bench/run.ts.
 */
import { writeFileSync } from 'node:fs';
import {
  createNetworkRun,
  createPairBatch,
  createPairSampler,
  DEFAULT_NETWORK_SETTINGS,
  knnAccuracy,
  onlyDigits,
  pcaBaseline,
} from '../src/engine';
import { loadDigits } from '../src/testing/digits';
import { measure, timingOf, type Timing } from './measure';
import { tfjsNetwork, useBackend, wasmHasSimd } from './tfjs';

/** Steps after which the held-out accuracy is read (the reference figures' three). */
const CHECKPOINTS = [250, 500, 1000];
const SEEDS = [1, 2, 3, 4, 5];
const TFJS_STEPS = 1000;

export interface NetworkAccuracyRow {
  readonly seed: number;
  readonly pca: number;
  /** Held-out 5-NN accuracy after each of the checkpoints. */
  readonly network: readonly number[];
}

export interface NetworkResults {
  readonly tfjs: { readonly backend: string; readonly simd: boolean };
  /** Wall time of 1,000 default steps from a fresh run (the default seed), ms. */
  readonly thousandSteps: Timing;
  /** The same runs' CPU time, ms. */
  readonly thousandStepsCpu: Timing;
  /** One default step, ms, after the run's first 50. */
  readonly step: Timing;
  /** The same step in tfjs (WebAssembly), ms, and its map's held-out accuracy after 1,000 steps. */
  readonly tfjsStep: Timing;
  readonly tfjsAccuracy: number;
  /** Steps after which the accuracy rows are read. */
  readonly checkpoints: readonly number[];
  readonly accuracy: readonly NetworkAccuracyRow[];
}

const images = loadDigits();
const settings = DEFAULT_NETWORK_SETTINGS;

/**
 * The engine's time: 1,000 steps from a fresh run, four times after one unmeasured, as wall time
 * and as this process's CPU time (on a busy machine the wall time also counts other work).
 */
function engineTimings(): Pick<NetworkResults, 'thousandSteps' | 'thousandStepsCpu' | 'step'> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const cpuBefore = process.cpuUsage();
    const before = performance.now();
    const run = createNetworkRun(images, settings);
    for (let s = 0; s < 1000; s++) run.step();
    const spent = process.cpuUsage(cpuBefore);
    if (k === 0) continue;
    wall.push(performance.now() - before);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const run = createNetworkRun(images, settings);
  const step = measure(() => run.step(), { warmup: 50, minSamples: 500, maxSamples: 1000 });
  return { thousandSteps: timingOf(wall), thousandStepsCpu: timingOf(cpu), step };
}

function accuracyRows(): NetworkAccuracyRow[] {
  return SEEDS.map((seed) => {
    const run = createNetworkRun(images, { ...settings, seed });
    const network = CHECKPOINTS.map((checkpoint) => {
      while (run.steps < checkpoint) run.step();
      return run.accuracy();
    });
    return { seed, pca: pcaBaseline(images, run.split, settings.digits).accuracy, network };
  });
}

/** tfjs on the default run's split, with pairs from the engine's sampler, timed a step at a time. */
function tfjsRun(): { tfjsStep: Timing; tfjsAccuracy: number } {
  const { split } = createNetworkRun(images, settings);
  const sample = createPairSampler(images.digits, split.train, settings.digits, settings.seed);
  const batch = createPairBatch(settings.pairsPerStep);
  const network = tfjsNetwork(images.pixels, images.size, settings.hidden, settings);
  const times: number[] = [];
  for (let s = 0; s < TFJS_STEPS; s++) {
    sample(batch, settings.pairsPerStep, settings.similarShare);
    const before = performance.now();
    network.step(batch.first, batch.second, batch.similar, batch.count);
    if (s >= 50) times.push(performance.now() - before);
  }
  const map = Float64Array.from(network.embed());
  network.dispose();
  return {
    tfjsStep: timingOf(times),
    tfjsAccuracy: knnAccuracy(
      map,
      images.digits,
      onlyDigits(split.train, images.digits, settings.digits),
      onlyDigits(split.heldOut, images.digits, settings.digits),
    ),
  };
}

const backend = await useBackend('wasm');
const results: NetworkResults = {
  tfjs: { backend, simd: await wasmHasSimd() },
  ...engineTimings(),
  ...tfjsRun(),
  checkpoints: CHECKPOINTS,
  accuracy: accuracyRows(),
};
const target = process.argv[2];
if (target) writeFileSync(target, JSON.stringify(results, null, 2));
else console.log(JSON.stringify(results, null, 2));
