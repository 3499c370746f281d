/**
 * What a loss is to the page: one definition carries everything the rest of the app reads about
 * it (registry.ts keeps them). A new loss is a folder with one of these and a view definition
 * (src/view/losses/lossViews.tsx); nothing else names it.
 */
import type { KnobDefinition } from './knobs';
import type { LandscapeFunction, LossContext, LossOutput } from './lossContext';

/** A registered loss's id: the value of `loss=` in a link and of `"loss"` in a file. */
export type LossId = string;

/** Counts a loss keeps of its own terms, by name (the triplet loss: count, hard, semiHard, easy). */
export type LossCensus = Readonly<Record<string, number>>;

export interface LossDefinition<Output extends LossOutput = LossOutput> {
  readonly id: LossId;
  /** The name a reader sees. */
  readonly name: string;
  /** The one number besides the points that shapes the loss. */
  readonly knob: KnobDefinition;
  /**
   * Whether the loss is a sum of independent pair terms, each with its own margin circle and its
   * own share of a point's gradient (only then does the plane draw those).
   */
  readonly pairTerms: boolean;
  create(pointCount: number, pairCount: number, identityOf: Int32Array): Output;
  /** Fills `out` and returns the total loss. */
  evaluate(context: LossContext, out: Output): number;
  /** The total with `point` at each cell centre of `grid`, everyone else still. */
  readonly landscape: LandscapeFunction;
  /** Work per landscape cell for `point`, in pair-kernel calls, to size the grid. */
  landscapeCost(context: LossContext, point: number): number;
  /**
   * The learning rate training uses when the scene names none: one under which a step lowers
   * this loss (learningRate.ts). It reads the scene's shape and knobs, never its positions.
   */
  defaultLearningRate(context: LossContext): number;
  /** Why training stops at a loss of exactly 0, in this loss's own words. */
  readonly satisfied: string;
  /** What the loss counts of its own terms beyond its total (the triplets it sums), if anything. */
  census?(output: Output): LossCensus;
}
