/**
 * Scores one scene under losses other than the active one, through the engine's loss registry:
 * the same code runs on the page for small scenes and in a worker for large ones (lossWorker.ts),
 * so the two can never disagree.
 */
import {
  allPairs,
  incidenceOf,
  listedPairs,
  lossOf,
  type KnobValues,
  type LossCensus,
  type LossContext,
  type LossId,
  type LossOutput,
  type PairList,
} from '../../../engine';

export interface Scores {
  readonly totals: Partial<Record<LossId, number>>;
  /** What each scored loss that keeps a census counted (the triplet loss's kinds of triplet). */
  readonly census: Partial<Record<LossId, LossCensus>>;
}

/** Each loss's output for one scene shape (points, identities, pairs), made on first use. */
export type OutputCache = Partial<Record<LossId, LossOutput>>;

/** Evaluates each of `ids` on `context`, reusing (and filling) the outputs in `outputs`. */
export function scoreLosses(
  context: LossContext,
  ids: readonly LossId[],
  outputs: OutputCache,
): Scores {
  const n = context.embedding.xs.length;
  const totals: Partial<Record<LossId, number>> = {};
  const census: Partial<Record<LossId, LossCensus>> = {};
  for (const id of ids) {
    const loss = lossOf(id);
    const out = (outputs[id] ??= loss.create(n, context.pairs.count, context.identityOf));
    totals[id] = loss.evaluate(context, out);
    const counted = loss.census?.(out);
    if (counted) census[id] = counted;
  }
  return { totals, census };
}

/**
 * What crosses to the worker. The shape (identities and pairs) is sent only when it changes:
 * a scene of 2,000 points has about two million pairs, too many to copy on every frame of a drag.
 */
export interface ScoreMessage {
  /** Which scene shape the positions belong to. */
  readonly shape: number;
  readonly identityOf?: Int32Array;
  /** Every pair (`all`), or the scored pairs as two parallel lists of point indices. */
  readonly pairs?: 'all' | { readonly first: Uint32Array; readonly second: Uint32Array };
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly knobs: KnobValues;
  readonly ids: readonly LossId[];
}

/** The shape part of a message for a compiled scene. */
export function shapeOf(
  identityOf: Int32Array,
  pairs: PairList,
): Pick<ScoreMessage, 'identityOf' | 'pairs'> {
  return {
    identityOf,
    pairs: pairs.complete ? 'all' : { first: pairs.first, second: pairs.second },
  };
}

interface Shape {
  readonly id: number;
  readonly context: Omit<LossContext, 'embedding' | 'knobs'>;
  readonly outputs: OutputCache;
}

/** A scorer that remembers the last shape it was sent, as the worker does. */
export function createScorer(): (message: ScoreMessage) => Scores {
  let shape: Shape | null = null;
  return (message) => {
    if (message.identityOf && message.pairs) {
      const { identityOf } = message;
      const pairs =
        message.pairs === 'all'
          ? allPairs(identityOf)
          : listedPairs(identityOf, message.pairs.first, message.pairs.second);
      shape = {
        id: message.shape,
        context: { identityOf, pairs, incidence: incidenceOf(pairs, identityOf.length) },
        outputs: {},
      };
    }
    if (shape?.id !== message.shape)
      throw new Error(`Scene shape ${message.shape} was never sent.`);
    const context: LossContext = {
      ...shape.context,
      embedding: { xs: message.xs, ys: message.ys },
      knobs: message.knobs,
    };
    return scoreLosses(context, message.ids, shape.outputs);
  };
}
