/** The triplet loss as the registry holds it. */
import { tripletLearningRate } from '../../learningRate';
import type { LossDefinition } from '../definition';
import { knobIn, MARGIN } from '../knobs';
import { tripletLandscape, tripletLandscapeCost } from './landscape';
import { createTripletOutput, evaluateTriplet, type TripletOutput } from './triplet';

export const TRIPLET: LossDefinition<TripletOutput> = {
  id: 'triplet',
  name: 'Triplet',
  knob: MARGIN,
  pairTerms: false,
  create: (points, pairs) => createTripletOutput(points, pairs),
  evaluate: evaluateTriplet,
  landscape: tripletLandscape,
  landscapeCost: tripletLandscapeCost,
  defaultLearningRate: (context) =>
    tripletLearningRate(context.identityOf, knobIn(context, MARGIN)),
  satisfied:
    'Every triplet is satisfied: each anchor is nearer to its own photos than to anyone else’s ' +
    'by at least m, so the loss is exactly 0 and there is nothing left to learn.',
  // FaceNet's census of the scene's triplets (triplet.ts has the boundaries).
  census: ({ count, hard, semiHard, easy }) => ({ count, hard, semiHard, easy }),
};
