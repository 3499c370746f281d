/**
 * What the page and the digits network's worker say to each other. The worker owns the run (the
 * weights, the optimiser, the sampler); the page owns the settings and draws what it is sent.
 */
import type { DigitImages, NetworkSettings } from '../../engine';

export type ToNetwork =
  /** The images and the settings: a new run, and the PCA baseline of its split. */
  | { readonly kind: 'start'; readonly images: DigitImages; readonly settings: NetworkSettings }
  /** New settings: live ones at the next step; hidden units, digits or seed start a new run. */
  | { readonly kind: 'settings'; readonly settings: NetworkSettings }
  | { readonly kind: 'play' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'step' }
  /** New weights with the same settings, step 0. */
  | { readonly kind: 'reset' }
  /**
   * For the worker's painter (view/network/networkWorker.ts), not the run: how to draw the map on
   * the canvas the page handed over (once, with the first of these).
   */
  | { readonly kind: 'paint'; readonly state: PaintState; readonly canvas?: OffscreenCanvas };

/** What the network's map is drawn with, besides the map itself. */
export interface PaintState {
  /** CSS px, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  /** The digits shown. */
  readonly digits: readonly number[];
  /** The margin m, drawn as a bar to the map's scale; none on a map the loss did not make. */
  readonly margin?: number | undefined;
  readonly picked: readonly number[];
  readonly hovered: number;
  /** Colours of the theme: the numerals' rings, and the lines and rings of the picks. */
  readonly halo: string;
  readonly ink: string;
}

/** Held-out 5-NN accuracy of the map after a step. */
export interface AccuracyPoint {
  readonly step: number;
  readonly value: number;
}

export type FromNetwork =
  /** The worker could not draw on the canvas it was handed (a browser's limit): the page draws. */
  | { readonly kind: 'paint-failed' }
  /** A new run: its split, the PCA map of its images and that map's accuracy. */
  | {
      readonly kind: 'run';
      readonly run: number;
      /** 1 for a held-out image, 0 for a training one. */
      readonly heldOut: Uint8Array;
      readonly pca: Float64Array;
      readonly pcaAccuracy: number;
    }
  /** Where the run is now. */
  | {
      readonly kind: 'progress';
      readonly run: number;
      readonly steps: number;
      readonly playing: boolean;
      /** Each step's mean loss since the last message, in order. */
      readonly losses: readonly number[];
      readonly accuracy: readonly AccuracyPoint[];
      /** Every image's map position, two numbers an image. */
      readonly map: Float64Array;
      /** The step at which the weights stopped being finite numbers, or null. */
      readonly divergedAt: number | null;
    };
