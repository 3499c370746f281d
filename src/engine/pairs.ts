/**
 * Which pairs a scene scores, as flat index arrays that the losses loop over.
 *
 * Points are numbered 0 … n − 1. A pair is an unordered couple of distinct points stored once,
 * as (first, second); `similar` holds the label y of CONTENT.md: 1 when both points show the same
 * identity, 0 otherwise.
 */
import { seededRandom, shuffle } from './random';

export interface PairList {
  readonly count: number;
  readonly first: Uint32Array;
  readonly second: Uint32Array;
  readonly similar: Uint8Array;
  /** Every unordered pair in row order (0,1), (0,2), …: lets the loss walk rows, not indices. */
  readonly complete: boolean;
}

/**
 * For every point, the indices of the pairs it belongs to (compressed rows): the pairs of point i
 * are `pairIndex[offsets[i]]` … `pairIndex[offsets[i + 1] - 1]`. Moving one point changes only
 * these pairs, which is what makes the incremental update O(degree) instead of O(pairs).
 */
export interface PairIncidence {
  readonly offsets: Uint32Array;
  readonly pairIndex: Uint32Array;
}

/** n(n − 1)/2: how many unordered pairs n points make. */
export function pairCountOf(pointCount: number): number {
  return pointCount < 2 ? 0 : (pointCount * (pointCount - 1)) / 2;
}

/**
 * Where the pair of points a and b (either way round) sits among all the pairs of n points, in
 * the order of `allPairs`: the rows (0,1…n−1), (1,2…n−1), … before row i, then the offset in it.
 */
export function allPairsIndex(a: number, b: number, pointCount: number): number {
  const i = a < b ? a : b;
  const j = a < b ? b : a;
  return i * pointCount - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Every unordered pair in the order (0,1), (0,2), …, (1,2), … (CONTRACT.md section 1). */
export function allPairs(identity: ArrayLike<number>): PairList {
  const n = identity.length;
  const count = pairCountOf(n);
  const first = new Uint32Array(count);
  const second = new Uint32Array(count);
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      first[p] = i;
      second[p] = j;
      p++;
    }
  }
  return { count, first, second, similar: similarityOf(identity, first, second), complete: true };
}

/** The pairs named by two parallel lists of point indices, in the order given. */
export function listedPairs(
  identity: ArrayLike<number>,
  firstPoints: ArrayLike<number>,
  secondPoints: ArrayLike<number>,
): PairList {
  const first = Uint32Array.from(firstPoints);
  const second = Uint32Array.from(secondPoints);
  return {
    count: first.length,
    first,
    second,
    similar: similarityOf(identity, first, second),
    complete: false,
  };
}

function similarityOf(
  identity: ArrayLike<number>,
  first: Uint32Array,
  second: Uint32Array,
): Uint8Array {
  const similar = new Uint8Array(first.length);
  for (let p = 0; p < first.length; p++) {
    similar[p] = identity[first[p]!] === identity[second[p]!] ? 1 : 0;
  }
  return similar;
}

/** Builds the point → pairs index used by incremental updates. */
export function incidenceOf(pairs: PairList, pointCount: number): PairIncidence {
  const offsets = new Uint32Array(pointCount + 1);
  for (let p = 0; p < pairs.count; p++) {
    offsets[pairs.first[p]! + 1]!++;
    offsets[pairs.second[p]! + 1]!++;
  }
  for (let i = 0; i < pointCount; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, pointCount);
  const pairIndex = new Uint32Array(pairs.count * 2);
  for (let p = 0; p < pairs.count; p++) {
    pairIndex[cursor[pairs.first[p]!]!++] = p;
    pairIndex[cursor[pairs.second[p]!]!++] = p;
  }
  return { offsets, pairIndex };
}

/**
 * Balanced sampling: every similar pair, and for each of them `perSimilar` dissimilar pairs drawn
 * without replacement (seeded), so positives are not drowned by the n(n − 1)/2 negatives. Similar
 * pairs come first in row order, then the sampled dissimilar ones, also in row order.
 */
export function balancedPairs(
  identity: ArrayLike<number>,
  perSimilar: number,
  seed: number,
): PairList {
  const n = identity.length;
  const similarFirst: number[] = [];
  const similarSecond: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (identity[i] === identity[j]) {
        similarFirst.push(i);
        similarSecond.push(j);
      }
    }
  }
  const dissimilarCount = pairCountOf(n) - similarFirst.length;
  const wanted = Math.min(dissimilarCount, similarFirst.length * perSimilar);
  const random = seededRandom(seed);
  const chosen = new Set<number>();
  if (wanted * 2 > dissimilarCount) {
    // Most of them are wanted: shuffle the whole list and keep the first `wanted`.
    const all: number[] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (identity[i] !== identity[j]) all.push(i * n + j);
    shuffle(all, random);
    for (let k = 0; k < wanted; k++) chosen.add(all[k]!);
  } else {
    // Few of them: draw at random until there are enough different ones.
    while (chosen.size < wanted) {
      const i = Math.floor(random() * n);
      const j = Math.floor(random() * n);
      if (i === j || identity[i] === identity[j]) continue;
      chosen.add(Math.min(i, j) * n + Math.max(i, j));
    }
  }
  const sampled = [...chosen].sort((a, b) => a - b);
  return listedPairs(
    identity,
    [...similarFirst, ...sampled.map((key) => Math.floor(key / n))],
    [...similarSecond, ...sampled.map((key) => key % n)],
  );
}
