/**
 * A loss's knob: the one number besides the points that shapes it (the margin m, the temperature
 * τ). Its definition carries everything the rest of the page reads about it: the scene's field
 * and the file's key, the link's key, its range and default, how a slider moves along it, and its
 * words. The codecs, the store and the slider read this table; none of them names a knob.
 */
import type { LossContext } from './lossContext';

export interface KnobDefinition {
  /** The scene's field and the scene file's key: `margin`, `tau`. */
  readonly field: string;
  /** The link's key: `m`, `tau`. */
  readonly linkKey: string;
  /** Its name in a sentence, without an article: "margin", "temperature". */
  readonly name: string;
  /** Its symbol in formulas and labels: m, τ. */
  readonly symbol: string;
  readonly min: number;
  readonly max: number;
  /** The value of a scene that does not set it. */
  readonly initial: number;
  /**
   * Whether every scene holds it and every link writes it (the margin: CONTRACT.md's links start
   * with m=); otherwise a scene at the initial value leaves it out.
   */
  readonly always: boolean;
  /** How a slider moves along it: in even steps, or in equal ratios (τ spans five decades). */
  readonly scale: 'linear' | 'log';
  /** How a reader would write it in a link, for messages: "m=1 or m=0.5". */
  readonly example: string;
}

/** Every knob's value by field, as the losses read them. */
export type KnobValues = Readonly<Record<string, number>>;

/** The value of `knob` in `context`: the scene's, or the knob's initial value. */
export const knobIn = (context: Pick<LossContext, 'knobs'>, knob: KnobDefinition): number =>
  context.knobs[knob.field] ?? knob.initial;

/** The contrastive and triplet losses' margin m. */
export const MARGIN: KnobDefinition = {
  field: 'margin',
  linkKey: 'm',
  name: 'margin',
  symbol: 'm',
  min: 0,
  max: 100,
  initial: 1,
  always: true,
  scale: 'linear',
  example: 'm=1 or m=0.5',
};

/**
 * InfoNCE's temperature τ. Below 0.001 every softmax is a hard maximum; above 100, a uniform one.
 */
export const TEMPERATURE: KnobDefinition = {
  field: 'tau',
  linkKey: 'tau',
  name: 'temperature',
  symbol: 'τ',
  min: 0.001,
  max: 100,
  initial: 0.1,
  always: false,
  scale: 'log',
  example: 'tau=0.1',
};
