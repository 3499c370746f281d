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
  type LossContext,
  type LossId,
  type LossOutput,
  type PairList,
  type TripletOutput,
} from '../../../engine';

/** FaceNet's census of the scene's triplets (engine/losses/triplet.ts has the boundaries). */
export interface TripletCounts {
  readonly count: number;
  readonly hard: number;
  readonly semiHard: number;
  readonly easy: number;
}

export interface Scores {
  readonly totals: Partial<Record<LossId, number>>;
  /** Present when the triplet loss was scored. */
  readonly triplets: TripletCounts | null;
}

/** Each loss's output for one scene shape (points, identities, pairs), made on first use. */
export type OutputCache = Partial<Record<LossId, LossOutput>>;

export const tripletCountsOf = ({ count, hard, semiHard, easy }: TripletOutput): TripletCounts => ({
  count,
  hard,
  semiHard,
  easy,
});

/** Evaluates each of `ids` on `context`, reusing (and filling) the outputs in `outputs`. */
export function scoreLosses(
  context: LossContext,
  ids: readonly LossId[],
  outputs: OutputCache,
): Scores {
  const n = context.embedding.xs.length;
  const totals: Partial<Record<LossId, number>> = {};
  let triplets: TripletCounts | null = null;
  for (const id of ids) {
    const loss = lossOf(id);
    const out = (outputs[id] ??= loss.create(n, context.pairs.count, context.identityOf));
    totals[id] = loss.evaluate(context, out);
    if (id === 'triplet') triplets = tripletCountsOf(out as TripletOutput);
  }
  return { totals, triplets };
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
  readonly margin: number;
  readonly tau: number;
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
  readonly context: Omit<LossContext, 'embedding' | 'margin' | 'tau'>;
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
      margin: message.margin,
      tau: message.tau,
    };
    return scoreLosses(context, message.ids, shape.outputs);
  };
}
