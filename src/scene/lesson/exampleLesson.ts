/**
 * The lesson the page offers ready-made: the article's story told in six steps on the presets,
 * for a teacher to present as it is or to start their own from.
 */
import { MARGIN } from '../../engine';
import { defaultScene } from '../defaultScene';
import { withKnob } from '../model';
import { collapse, lookAlikes, marginTooSmall } from '../presets';
import type { Lesson } from './lesson';

export const exampleLesson: Lesson = {
  steps: [
    {
      scene: defaultScene,
      caption:
        'Two photos each of Alice and Bob. Same person: pulled together. Different people nearer than m = 1: pushed apart. Drag a point and watch its arrow.',
      hidden: [],
    },
    {
      scene: marginTooSmall,
      caption:
        'A margin of 0.3 on photos about 0.35 apart: every pair of different people is just past it, so nothing pushes them further. Press Play: they stay where they are.',
      hidden: [],
    },
    {
      scene: withKnob(marginTooSmall, MARGIN, 1),
      caption:
        'The same photos with m = 1: the different people are inside the margin again and are pushed apart. A margin has to suit the scale of the embeddings.',
      hidden: [],
    },
    {
      scene: collapse,
      caption:
        'Nine photos of three people on one spot. Similar pairs alone would call this perfect; only the dissimilar pairs forbid it. Press Play to see them spread.',
      hidden: [],
    },
    {
      scene: lookAlikes,
      caption:
        'Look-alikes: each photo sits nearer someone else’s than another of its own person’s. These hard negatives carry most of the loss.',
      hidden: [],
    },
    {
      scene: { ...lookAlikes, loss: 'triplet' },
      caption:
        'The same photos under the triplet loss, which asks only that each photo be nearer its own person than anyone else, by a margin.',
      hidden: [],
    },
  ],
};
