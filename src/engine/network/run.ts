/**
 * A training run of the siamese network on the digits, as the page's worker drives it: one call
 * a step, the map and its held-out accuracy whenever the page asks.
 */
import { DIGITS_HELD_OUT, onlyDigits, splitImages, type ImageSplit } from './split';
import { knnAccuracy } from './knn';
import { createMlp, createMlpScratch, embedImages, pairLossGradient } from './mlp';
import { createOptimiser, type Optimiser } from './optimiser';
import { restartsRun, type NetworkSettings } from './settings';
import { fitPca, projectPca } from './pca';
import { createPairBatch, createPairSampler, type PairBatch } from './sampler';
import type { DigitImages } from './images';

export interface NetworkRun {
  readonly split: ImageSplit;
  /** Steps taken. */
  readonly steps: number;
  /** One step: sample K pairs, loss and gradient, one optimiser step. Returns the batch's mean loss. */
  step(): number;
  /**
   * Live settings (margin, learning rate, optimiser, pairs per step, similar share) take effect at
   * the next step; hidden, digits and seed need a new run (the caller makes one), and a change
   * of them here throws. Switching optimiser starts its state afresh.
   */
  retune(settings: NetworkSettings): void;
  /** Every image's map position (all of them, chosen digits or not): x, y per image. */
  embed(out: Float64Array): void;
  /**
   * Held-out 5-NN accuracy of the chosen digits in the current map; pass the map `embed` just
   * made to save making it again.
   */
  accuracy(embedded?: Float64Array): number;
  /**
   * True once a step produced a non-finite loss or weights: the run stops stepping (step()
   * returns NaN and does nothing), and keeps the last finite weights, so the map stays drawable.
   */
  readonly diverged: boolean;
}

/** Throws a RangeError naming every setting out of its range. */
function checkSettings(settings: NetworkSettings): void {
  const { margin, learningRate, pairsPerStep, similarShare, hidden, digits, seed } = settings;
  const digitsInOrder =
    digits.length > 0 &&
    digits.every(
      (d, i) => Number.isInteger(d) && d >= 0 && d <= 9 && (i === 0 || d > digits[i - 1]!),
    );
  const problems = [
    !(margin >= 0) && `margin ${margin} is not ≥ 0`,
    !(learningRate > 0) && `learning rate ${learningRate} is not > 0`,
    !(Number.isInteger(pairsPerStep) && pairsPerStep >= 1) && `${pairsPerStep} pairs per step`,
    !(similarShare >= 0 && similarShare <= 1) && `similar share ${similarShare} is not in [0, 1]`,
    !(Number.isInteger(hidden) && hidden >= 1) && `${hidden} hidden units`,
    !digitsInOrder &&
      `digits [${digits.join(', ')}] are not distinct digits 0–9, sorted, at least one`,
    !Number.isInteger(seed) && `seed ${seed} is not an integer`,
  ].filter((problem) => problem !== false);
  if (problems.length > 0) throw new RangeError(`Network settings: ${problems.join('; ')}.`);
}

/**
 * The run's three random draws each get their own stream of the one seed, so that the split, the
 * first weights and the pairs do not read the same numbers.
 */
const STREAMS = { split: 0, weights: 1, pairs: 2 } as const;
const streamOf = (seed: number, stream: keyof typeof STREAMS) => seed * 3 + STREAMS[stream];

export function createNetworkRun(images: DigitImages, settings: NetworkSettings): NetworkRun {
  checkSettings(settings);
  const { hidden, digits, seed } = settings;
  const split = splitImages(images.count, DIGITS_HELD_OUT, streamOf(seed, 'split'));
  const train = onlyDigits(split.train, images.digits, digits);
  const heldOut = onlyDigits(split.heldOut, images.digits, digits);
  const mlp = createMlp(images.size, hidden, streamOf(seed, 'weights'));
  const sample = createPairSampler(images.digits, split.train, digits, streamOf(seed, 'pairs'));
  const scratch = createMlpScratch(mlp);
  const grad = new Float64Array(mlp.params.length);
  const lastFinite = new Float64Array(mlp.params.length);
  const map = new Float64Array(2 * images.count);
  let live = settings;
  let optimiser: Optimiser = createOptimiser(live.optimiser, mlp.params.length);
  let batch: PairBatch = createPairBatch(live.pairsPerStep);
  let steps = 0;
  let diverged = false;

  return {
    split,
    get steps() {
      return steps;
    },
    get diverged() {
      return diverged;
    },
    step() {
      if (diverged) return Number.NaN;
      sample(batch, live.pairsPerStep, live.similarShare);
      const loss = pairLossGradient(mlp, images, batch, live.margin, grad, scratch);
      if (Number.isFinite(loss)) {
        lastFinite.set(mlp.params);
        optimiser.step(mlp.params, grad, live.learningRate);
        if (mlp.params.every(Number.isFinite)) {
          steps++;
          return loss;
        }
        mlp.params.set(lastFinite);
      }
      diverged = true;
      return Number.NaN;
    },
    retune(next) {
      checkSettings(next);
      if (restartsRun(settings, next))
        throw new RangeError('Hidden units, digits and seed need a new run.');
      if (next.optimiser !== live.optimiser)
        optimiser = createOptimiser(next.optimiser, mlp.params.length);
      if (next.pairsPerStep > batch.first.length) batch = createPairBatch(next.pairsPerStep);
      live = next;
    },
    embed(out) {
      embedImages(mlp, images, out);
    },
    accuracy(embedded) {
      if (!embedded) embedImages(mlp, images, map);
      return knnAccuracy(embedded ?? map, images.digits, train, heldOut);
    },
  };
}

/** PCA's map of every image, fit on the chosen digits' training images, and its held-out 5-NN accuracy. */
export function pcaBaseline(
  images: DigitImages,
  split: ImageSplit,
  digits: readonly number[],
): { map: Float64Array; accuracy: number } {
  const train = onlyDigits(split.train, images.digits, digits);
  const map = new Float64Array(2 * images.count);
  projectPca(fitPca(images, train), images, map);
  return {
    map,
    accuracy: knnAccuracy(
      map,
      images.digits,
      train,
      onlyDigits(split.heldOut, images.digits, digits),
    ),
  };
}
