/**
 * What every loss reads and what every loss writes, so the app can swap one loss for another
 * without knowing which it holds (registry.ts).
 */
import type { Grid } from '../landscape';
import { allPairsIndex, type PairIncidence, type PairList } from '../pairs';
import type { Embedding } from './contrastive/contrastive';
import type { KnobValues } from './knobs';

/** One scene as the losses see it: positions, identities, the scored pairs and the knobs. */
export interface LossContext {
  readonly embedding: Embedding;
  /** Identity id of each point; two points with the same id are positives for each other. */
  readonly identityOf: Int32Array;
  /** The pairs the contrastive loss scores; the other losses only attribute their value to them. */
  readonly pairs: PairList;
  readonly incidence: PairIncidence;
  /** Every knob's value by field (knobs.ts); a loss reads its own with `knobIn`. */
  readonly knobs: KnobValues;
}

/** The part of a loss's output that is the same for every loss. */
export interface LossOutput {
  /** Per point: ∂(total)/∂x and ∂(total)/∂y. */
  readonly gradX: Float64Array;
  readonly gradY: Float64Array;
  /**
   * Per scored pair: the share of the total that the pair carries, so pair lines can be drawn
   * heavier where the loss sits (for the contrastive loss, the pair's own loss).
   */
  readonly pairShare: Float64Array;
}

/** Where pair (i, j), either way round, sits in the pair list; -1 when it is not scored. */
export type PairLookup = (i: number, j: number) => number;

export function pairLookup(pairs: PairList, pointCount: number): PairLookup {
  if (pairs.complete) return (a, b) => allPairsIndex(a, b, pointCount);
  const index = new Map<number, number>();
  for (let p = 0; p < pairs.count; p++) {
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    index.set(i < j ? i * pointCount + j : j * pointCount + i, p);
  }
  return (a, b) => index.get(a < b ? a * pointCount + b : b * pointCount + a) ?? -1;
}

/** The landscape of one point under a loss: see engine/landscape.ts for the contrastive one. */
export type LandscapeFunction = (
  context: LossContext,
  point: number,
  total: number,
  grid: Grid,
  out: Float64Array,
  pushFree?: Uint8Array,
) => void;
