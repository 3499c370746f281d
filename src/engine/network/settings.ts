/**
 * What a training run of the digits network is set to, with the ranges the page and its links
 * accept. The margin, learning rate, optimiser, pairs per step and share of similar pairs take
 * effect at the next step; the hidden units, the digits and the seed start a new run.
 */
import type { OptimiserName } from './optimiser';

export const OPTIMISERS: readonly OptimiserName[] = ['adam', 'sgd'];

export interface NetworkSettings {
  /** m in the contrastive loss. */
  readonly margin: number;
  readonly learningRate: number;
  readonly optimiser: OptimiserName;
  /** K: pairs drawn for each step. */
  readonly pairsPerStep: number;
  /** The share of each step's pairs that show the same digit twice. */
  readonly similarShare: number;
  /** H: units in the hidden layer. */
  readonly hidden: number;
  /** The digits trained on and shown, sorted, at least one. */
  readonly digits: readonly number[];
  /** Seeds the weights, the split into training and held-out images, and the pairs. */
  readonly seed: number;
}

/** The settings the reference figures were measured with (public/data/README.md). */
export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = {
  margin: 1,
  learningRate: 0.01,
  optimiser: 'adam',
  pairsPerStep: 128,
  similarShare: 0.5,
  hidden: 32,
  digits: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  seed: 1,
};

/** The numeric settings' ranges; `integer` ones take whole numbers only. */
export const NETWORK_LIMITS = {
  margin: { min: 0, max: 10, integer: false },
  // Up to rates that break a run: a student should see one diverge (plain SGD at 1000 does).
  learningRate: { min: 1e-5, max: 1000, integer: false },
  pairsPerStep: { min: 2, max: 1024, integer: true },
  similarShare: { min: 0, max: 1, integer: false },
  hidden: { min: 2, max: 128, integer: true },
  seed: { min: 0, max: 999_999, integer: true },
} as const satisfies Record<string, { min: number; max: number; integer: boolean }>;

export type NumericNetworkSetting = keyof typeof NETWORK_LIMITS;

/** Settings that need a new run (new weights or a new split) when they change. */
export const restartsRun = (a: NetworkSettings, b: NetworkSettings): boolean =>
  a.hidden !== b.hidden || a.seed !== b.seed || a.digits.join() !== b.digits.join();
