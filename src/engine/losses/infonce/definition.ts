/** The InfoNCE loss as the registry holds it. */
import { infoNceLearningRate } from '../../learningRate';
import type { LossDefinition } from '../definition';
import { knobIn, TEMPERATURE } from '../knobs';
import { createInfoNceOutput, evaluateInfoNce, type InfoNceOutput } from './infonce';
import { infoNceLandscape, infoNceLandscapeCost } from './landscape';

export const INFONCE: LossDefinition<InfoNceOutput> = {
  id: 'infonce',
  name: 'InfoNCE',
  knob: TEMPERATURE,
  pairTerms: false,
  create: createInfoNceOutput,
  evaluate: evaluateInfoNce,
  landscape: infoNceLandscape,
  landscapeCost: infoNceLandscapeCost,
  defaultLearningRate: (context) => infoNceLearningRate(knobIn(context, TEMPERATURE)),
  satisfied:
    'Every anchor gives all its probability to its own photos, so the loss is exactly 0 and ' +
    'there is nothing left to learn.',
};
