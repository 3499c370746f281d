/** The contrastive loss as the registry holds it: the pair layer itself. */
import { lossLandscape, type Grid } from '../../landscape';
import { contrastiveLearningRate } from '../../learningRate';
import type { LossDefinition } from '../definition';
import { knobIn, MARGIN } from '../knobs';
import type { LossOutput } from '../lossContext';
import { createContrastiveOutput, evaluateContrastive, totalLoss } from './contrastive';

type ContrastiveAsLoss = ReturnType<typeof createContrastiveOutput> & LossOutput;

export const CONTRASTIVE: LossDefinition<ContrastiveAsLoss> = {
  id: 'contrastive',
  name: 'Contrastive',
  knob: MARGIN,
  pairTerms: true,
  create: (points, pairs) => {
    const out = createContrastiveOutput(points, pairs);
    return { ...out, pairShare: out.loss };
  },
  evaluate: (context, out) => {
    evaluateContrastive(context.embedding, context.pairs, knobIn(context, MARGIN), out);
    return totalLoss(out);
  },
  landscape: (context, point, total, grid: Grid, out, pushFree) =>
    lossLandscape(
      context.embedding,
      context.pairs,
      context.incidence,
      knobIn(context, MARGIN),
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
