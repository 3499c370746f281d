/**
 * The losses the page can train with, behind one interface: each creates its output once per
 * scene shape, evaluates value and gradient in one pass, and draws its landscape. Everything
 * else (plane, table, training, landscape, link, export) asks this table and never names a loss.
 */
import { lossLandscape, type Grid } from '../landscape';
import { contrastiveLearningRate, infoNceLearningRate, tripletLearningRate } from '../learningRate';
import { createContrastiveOutput, evaluateContrastive, totalLoss } from './contrastive/contrastive';
import { createInfoNceOutput, evaluateInfoNce, type InfoNceOutput } from './infonce/infonce';
import { infoNceLandscape, infoNceLandscapeCost } from './infonce/landscape';
import type { LandscapeFunction, LossContext, LossOutput } from './lossContext';
import { createTripletOutput, evaluateTriplet, type TripletOutput } from './triplet/triplet';
import { tripletLandscape, tripletLandscapeCost } from './triplet/landscape';

export const LOSS_IDS = ['contrastive', 'triplet', 'infonce'] as const;
export type LossId = (typeof LOSS_IDS)[number];

export const isLossId = (value: string): value is LossId =>
  (LOSS_IDS as readonly string[]).includes(value);

export interface LossDefinition<Output extends LossOutput = LossOutput> {
  readonly id: LossId;
  /** The name a reader sees. */
  readonly name: string;
  /** Whether the margin m enters the loss (InfoNCE has a temperature instead). */
  readonly usesMargin: boolean;
  readonly usesTemperature: boolean;
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
}

type ContrastiveAsLoss = ReturnType<typeof createContrastiveOutput> & LossOutput;

const contrastive: LossDefinition<ContrastiveAsLoss> = {
  id: 'contrastive',
  name: 'Contrastive',
  usesMargin: true,
  usesTemperature: false,
  pairTerms: true,
  create: (points, pairs) => {
    const out = createContrastiveOutput(points, pairs);
    return { ...out, pairShare: out.loss };
  },
  evaluate: (context, out) => {
    evaluateContrastive(context.embedding, context.pairs, context.margin, out);
    return totalLoss(out);
  },
  landscape: (context, point, total, grid: Grid, out, pushFree) =>
    lossLandscape(
      context.embedding,
      context.pairs,
      context.incidence,
      context.margin,
      point,
      total,
      grid,
      out,
      pushFree,
    ),
  landscapeCost: (context, point) =>
    context.incidence.offsets[point + 1]! - context.incidence.offsets[point]!,
  defaultLearningRate: (context) => contrastiveLearningRate(context.incidence),
  satisfied:
    'Every pair the loss scores is satisfied: photos of one person coincide and photos of different people are ' +
    'at least m apart, so the loss is exactly 0 and there is nothing left to learn.',
};

const triplet: LossDefinition<TripletOutput> = {
  id: 'triplet',
  name: 'Triplet',
  usesMargin: true,
  usesTemperature: false,
  pairTerms: false,
  create: (points, pairs) => createTripletOutput(points, pairs),
  evaluate: evaluateTriplet,
  landscape: tripletLandscape,
  landscapeCost: tripletLandscapeCost,
  defaultLearningRate: (context) => tripletLearningRate(context.identityOf, context.margin),
  satisfied:
    'Every triplet is satisfied: each anchor is nearer to its own photos than to anyone else’s ' +
    'by at least m, so the loss is exactly 0 and there is nothing left to learn.',
};

const infonce: LossDefinition<InfoNceOutput> = {
  id: 'infonce',
  name: 'InfoNCE',
  usesMargin: false,
  usesTemperature: true,
  pairTerms: false,
  create: createInfoNceOutput,
  evaluate: evaluateInfoNce,
  landscape: infoNceLandscape,
  landscapeCost: infoNceLandscapeCost,
  defaultLearningRate: (context) => infoNceLearningRate(context.tau),
  satisfied:
    'Every anchor gives all its probability to its own photos, so the loss is exactly 0 and ' +
    'there is nothing left to learn.',
};

export const LOSSES = { contrastive, triplet, infonce } as const;

/** The definition of a loss, typed loosely for code that handles whichever is active. */
export const lossOf = (id: LossId): LossDefinition => LOSSES[id];
