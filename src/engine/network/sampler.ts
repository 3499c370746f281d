/**
 * The pairs a training step learns from: two different training images each, same digit
 * (similar) or not (dissimilar), in the share the page's slider asks for. With no dissimilar
 * pairs the loss is smallest when every image sits on one spot: the collapse the margin exists
 * to prevent.
 */
import { seededRandom } from '../random';
import { onlyDigits } from './split';

/** Pairs of image indices with their label; holds up to `first.length`, uses the first `count`. */
export interface PairBatch {
  count: number;
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** 1 when both images show the same digit, else 0. */
  readonly similar: Uint8Array;
}

export function createPairBatch(capacity: number): PairBatch {
  return {
    count: 0,
    first: new Int32Array(capacity),
    second: new Int32Array(capacity),
    similar: new Uint8Array(capacity),
  };
}

/** Fills `batch` with `count` pairs, round(count × similarShare) of them similar, the rest not. */
export type PairSampler = (batch: PairBatch, count: number, similarShare: number) => void;

/**
 * A seeded sampler over the training images of the chosen digits. The first image of a pair is
 * drawn uniformly from them all (so each digit comes up as often as it has images); its partner
 * uniformly from the other images of its digit (similar) or from the images of every other
 * chosen digit (dissimilar). When one digit is chosen, every pair is similar.
 */
export function createPairSampler(
  digits: Uint8Array,
  train: Int32Array,
  chosen: readonly number[],
  seed: number,
): PairSampler {
  // The chosen training images by digit, each digit's a run: byDigit[start[k]] … byDigit[end[k] − 1]
  // are the images of the digit of byDigit[k].
  const byDigit = onlyDigits(train, digits, chosen).sort(
    (a, b) => digits[a]! - digits[b]! || a - b,
  );
  const total = byDigit.length;
  if (total === 0) throw new RangeError('No training images of the chosen digits.');
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  for (let k = 0; k < total;) {
    let next = k + 1;
    while (next < total && digits[byDigit[next]!] === digits[byDigit[k]!]) next++;
    if (next - k < 2)
      throw new RangeError(`Digit ${digits[byDigit[k]!]} needs at least two training images.`);
    start.fill(k, k, next);
    end.fill(next, k, next);
    k = next;
  }
  const onlyOneDigit = end[0] === total;
  const random = seededRandom(seed);
  const below = (n: number) => Math.floor(random() * n);

  return (batch, count, similarShare) => {
    if (count > batch.first.length)
      throw new RangeError(`The batch holds ${batch.first.length} pairs, not ${count}.`);
    const similarCount = onlyOneDigit ? count : Math.round(count * similarShare);
    for (let p = 0; p < count; p++) {
      const k = below(total);
      const from = start[k]!;
      const to = end[k]!;
      let partner: number;
      if (p < similarCount) {
        // Any other image of the group: skip over k itself.
        partner = from + below(to - from - 1);
        if (partner >= k) partner++;
      } else {
        // Any image outside the group: skip over the group.
        partner = below(total - (to - from));
        if (partner >= from) partner += to - from;
      }
      batch.first[p] = byDigit[k]!;
      batch.second[p] = byDigit[partner]!;
      batch.similar[p] = p < similarCount ? 1 : 0;
    }
    batch.count = count;
  };
}
