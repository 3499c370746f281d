/**
 * What the triplet table needs beyond the engine: how many triplets there are of each kind, one
 * page of them, and one named triplet measured where its points stand now. A scene of 2,000 points
 * has about 10⁸ triplets, so nothing here lists them all or even visits every anchor unless the
 * page asked for lies that far down.
 */
import {
  tripletKind,
  tripletLoss,
  tripletPage,
  type LossContext,
  type TripletFilter,
  type TripletOutput,
  type TripletQuery,
  type TripletRow,
  knobIn,
  MARGIN,
} from '../../../engine';

/** The filters in the order the page offers them. */
export const FILTERS: readonly TripletFilter[] = ['all', 'hard', 'semi-hard', 'easy'];

export type TripletCounts = Readonly<Record<TripletFilter, number>>;

/** How many points carry each identity id. */
export function identitySizes(identityOf: Int32Array): number[] {
  const sizes: number[] = [];
  for (const id of identityOf) {
    while (sizes.length <= id) sizes.push(0);
    sizes[id]!++;
  }
  return sizes;
}

/**
 * How many triplets identities of these sizes make when each has `scale` times as many photos:
 * every point of an identity of size s is an anchor with s − 1 positives and n − s negatives, so
 * the count is Σ s·(s − 1)·(n − s), which grows like n³.
 */
export function tripletCountOf(sizes: readonly number[], scale = 1): number {
  const n = scale * sizes.reduce((sum, size) => sum + size, 0);
  return sizes.reduce((sum, size) => {
    const s = scale * size;
    return sum + s * (s - 1) * (n - s);
  }, 0);
}

/**
 * Triplets of each kind: the whole scene's from the evaluation (which counts them without listing
 * them), or one anchor's from its own distances.
 */
export function countsOf(
  context: LossContext,
  output: Pick<TripletOutput, 'count' | 'hard' | 'semiHard' | 'easy'>,
  anchor: number | null,
): TripletCounts {
  if (anchor === null)
    return {
      all: output.count,
      hard: output.hard,
      'semi-hard': output.semiHard,
      easy: output.easy,
    };
  const count = (filter: TripletFilter) =>
    tripletPage(context, { filter, anchor, offset: 0, limit: 0 }).matching;
  const hard = count('hard');
  const semiHard = count('semi-hard');
  const easy = count('easy');
  return { all: hard + semiHard + easy, hard, 'semi-hard': semiHard, easy };
}

/**
 * One page of the table, in the engine's order (anchor, positive, negative, each by index), asked
 * of the engine one anchor at a time so that only the anchors up to the page are visited. Without
 * a filter an anchor's block size is known from the identities alone, so the anchors before the
 * page are skipped without measuring anything.
 */
export function pageOfTriplets(context: LossContext, query: TripletQuery): TripletRow[] {
  if (query.anchor !== null) return tripletPage(context, query).rows;
  const { identityOf } = context;
  const n = identityOf.length;
  const sizes = query.filter === 'all' ? identitySizes(identityOf) : [];
  const rows: TripletRow[] = [];
  let seen = 0;
  for (let a = 0; a < n && rows.length < query.limit; a++) {
    if (query.filter === 'all') {
      const size = sizes[identityOf[a]!]!;
      const block = (size - 1) * (n - size);
      if (seen + block <= query.offset) {
        seen += block;
        continue;
      }
    }
    const page = tripletPage(context, {
      filter: query.filter,
      anchor: a,
      offset: Math.max(0, query.offset - seen),
      limit: query.limit - rows.length,
    });
    rows.push(...page.rows);
    seen += page.matching;
  }
  return rows;
}

/** Three points by index: an anchor, a positive and a negative. */
export interface TripletPoints {
  readonly anchor: number;
  readonly positive: number;
  readonly negative: number;
}

/** The triplet (a, p, n) measured where its points stand now. */
export function measureTriplet(context: LossContext, triplet: TripletPoints): TripletRow {
  const { xs, ys } = context.embedding;
  const { anchor, positive, negative } = triplet;
  const ax = xs[anchor]!;
  const ay = ys[anchor]!;
  const positiveDistance = Math.hypot(ax - xs[positive]!, ay - ys[positive]!);
  const negativeDistance = Math.hypot(ax - xs[negative]!, ay - ys[negative]!);
  return {
    anchor,
    positive,
    negative,
    positiveDistance,
    negativeDistance,
    loss: tripletLoss(positiveDistance, negativeDistance, knobIn(context, MARGIN)),
    kind: tripletKind(positiveDistance, negativeDistance, knobIn(context, MARGIN)),
  };
}

/** Whether (a, p, n) is a triplet of this scene: p shares a's identity, n does not. */
export function isTriplet(context: LossContext, triplet: TripletPoints): boolean {
  const { identityOf } = context;
  const { anchor, positive, negative } = triplet;
  const n = identityOf.length;
  if (![anchor, positive, negative].every((i) => Number.isInteger(i) && i >= 0 && i < n))
    return false;
  return (
    anchor !== positive &&
    identityOf[anchor] === identityOf[positive] &&
    identityOf[anchor] !== identityOf[negative]
  );
}
