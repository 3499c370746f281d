/**
 * The exercises as data: the five of CONTENT.md, then the digits network's (networkExercise.ts).
 * Each holds its questions, their answers (computed, not typed in) and how close an answer must
 * be. The components render them; `checkExercise` judges them.
 */
import { contrastivePairLoss, pairCountOf } from '../../engine';
import { defaultScene } from '../../scene/defaultScene';
import { examplePointsAllPairs, marginTooSmall, pairBeyondMargin } from '../../scene/presets';
import type { Exercise } from './model';
import { NETWORK_EXERCISE } from './networkExercise';

const point = (label: string) => defaultScene.points.find((p) => p.label === label)!;
const a1 = point('A1');
const b2 = point('B2');
const distanceA1B2 = Math.hypot(a1.x - b2.x, a1.y - b2.y);

/** dL/dD for a dissimilar pair: −2·max(m − D, 0). */
const pushSlope = (margin: number, distance: number) => -2 * Math.max(margin - distance, 0);

const images = 10_000;
const positiveShare = 0.005;
const allPairs = pairCountOf(images);
const positives = allPairs * positiveShare;
const negatives = allPairs - positives;
/** The two classic miscounts of the pairs: ordered pairs with self-pairs, and ordered pairs. */
const squared = images * images;
const ordered = images * (images - 1);
const percentText = `${positiveShare * 100}%`;
const batch = 256;

export const EXERCISES: readonly Exercise[] = [
  {
    number: 1,
    title: 'A stranger in the worked example',
    questions: [
      {
        kind: 'number',
        id: 'distance',
        label: 'D(A1, B2)',
        answer: distanceA1B2,
        tolerance: 0.0005,
      },
      {
        kind: 'choice',
        id: 'label',
        label: 'A1 and B2 are',
        name: 'A1 and B2 are …',
        options: [
          {
            id: 'positive',
            text: 'a positive pair (y = 1)',
            hint: 'A positive pair is two photos of the same person. Whose photos are A1 and B2?',
          },
          { id: 'negative', text: 'a negative pair (y = 0)' },
        ],
        answers: ['negative'],
        hint: 'Whose photos are A1 and B2?',
      },
      {
        kind: 'number',
        id: 'loss',
        label: 'its loss at m = 1',
        answer: contrastivePairLoss(distanceA1B2, false, 1),
        tolerance: 0.00015,
      },
    ],
    // The worked example scores four pairs, and A1–B2 is not one of them: the plane shows the two
    // points, and neither the table nor the formula shows their numbers before the reader's own.
    setup: { label: 'Show A1 and B2 on the plane', scene: defaultScene },
    compare: {
      label: 'Put A1–B2 on the plane to compare',
      scene: examplePointsAllPairs,
      select: ['A1', 'B2'],
    },
  },
  {
    number: 2,
    title: 'A negative pair beyond the margin',
    questions: [
      {
        kind: 'number',
        id: 'loss1',
        label: 'loss at m = 1',
        answer: contrastivePairLoss(1.5, false, 1),
        tolerance: 0.0005,
      },
      {
        kind: 'number',
        id: 'slope1',
        label: 'dL/dD at m = 1',
        answer: pushSlope(1, 1.5),
        tolerance: 0.0005,
      },
      {
        kind: 'number',
        id: 'loss2',
        label: 'loss at m = 2',
        answer: contrastivePairLoss(1.5, false, 2),
        tolerance: 0.0005,
      },
      {
        kind: 'number',
        id: 'slope2',
        label: 'dL/dD at m = 2',
        answer: pushSlope(2, 1.5),
        tolerance: 0.0005,
        slips: [
          {
            value: -pushSlope(2, 1.5),
            hint: 'Inside the margin the loss gets smaller as D grows, so dL/dD is below zero. Its size, |dL/dD|, is the strength of the push that drives the pair apart.',
          },
        ],
      },
    ],
    setup: { label: 'Set up a pair at D = 1.5', scene: pairBeyondMargin, select: ['P', 'Q'] },
  },
  {
    number: 3,
    title: 'Negatives that stopped too soon',
    questions: [
      {
        kind: 'choice',
        id: 'cause',
        label: 'Why do the negatives stay at D ≈ 0.35?',
        name: 'Why the negatives stay at D ≈ 0.35',
        options: [
          { id: 'rate', text: 'The learning rate is too high, so training overshoots.' },
          {
            id: 'margin',
            text: 'The margin is too small for the scale of the embeddings: past D = 0.3 a negative pair gets no gradient.',
          },
          { id: 'pull', text: 'The positive pairs pull too hard and drag the negatives back.' },
          {
            id: 'bug',
            text: 'The loss is wrong: it should keep pushing negatives apart for ever.',
          },
        ],
        answers: ['margin'],
        hint: 'What gradient does a negative pair get once D ≥ m?',
      },
      {
        kind: 'multiple',
        id: 'fixes',
        label: 'Which changes would help? Tick every one that would.',
        name: 'Which changes would help',
        options: [
          { id: 'larger', text: 'A larger margin' },
          { id: 'normalise', text: 'Normalise the embeddings and choose m between 0.5 and 1' },
          {
            id: 'mining',
            text: 'Hard-negative mining',
            hint: 'Hard-negative mining looks for negatives inside the margin, and with m = 0.3 and every negative at D ≈ 0.35 there are none to find. It only pays once a larger margin has put some hard negatives back inside.',
          },
          { id: 'relative', text: 'A relative loss such as triplet or InfoNCE' },
          {
            id: 'smaller',
            text: 'A smaller margin',
            hint: 'A smaller margin lets go of the negatives even sooner.',
          },
          {
            id: 'fewer',
            text: 'Fewer negative pairs',
            hint: 'Fewer negative pairs leaves the ones that remain just as still: past the margin they get no gradient.',
          },
        ],
        answers: ['larger', 'normalise', 'relative'],
        hint: 'Each fix should give the parked negatives a reason to move again.',
      },
    ],
    setup: { label: 'Put this scene on the plane', scene: marginTooSmall, select: ['A1', 'B1'] },
  },
  {
    number: 4,
    title: 'Counting pairs',
    questions: [
      {
        kind: 'number',
        id: 'pairs',
        label: 'pairs',
        answer: allPairs,
        tolerance: 0.5,
        slips: [
          {
            value: squared,
            hint: 'n² counts every ordered pair and pairs each image with itself. Leave out the n self-pairs and you get n(n − 1), which still counts each pair twice.',
          },
          {
            value: ordered,
            hint: 'n(n − 1) counts each pair twice, A with B and B with A: halve it.',
          },
        ],
      },
      {
        kind: 'number',
        id: 'positives',
        label: 'positive pairs',
        answer: positives,
        tolerance: 0.5,
        slips: [
          {
            value: squared * positiveShare,
            hint: `That is ${percentText} of n², which counts ordered pairs and each image with itself: take ${percentText} of n(n − 1)/2.`,
          },
          {
            value: ordered * positiveShare,
            hint: `That is ${percentText} of n(n − 1), which counts each pair twice: take ${percentText} of n(n − 1)/2.`,
          },
          {
            value: allPairs * positiveShare * 100,
            hint: `${percentText} is ${positiveShare}, not ${positiveShare * 100}.`,
          },
        ],
      },
      {
        kind: 'number',
        id: 'negatives',
        label: 'negative pairs',
        answer: negatives,
        tolerance: 0.5,
        slips: [
          {
            value: squared * (1 - positiveShare),
            hint: 'That starts from n², which counts ordered pairs and each image with itself: start from n(n − 1)/2.',
          },
          {
            value: ordered * (1 - positiveShare),
            hint: 'That starts from n(n − 1), which counts each pair twice: start from n(n − 1)/2.',
          },
        ],
      },
      {
        kind: 'number',
        id: 'ratio',
        label: 'negatives per positive',
        answer: negatives / positives,
        tolerance: 0.5,
        slips: [
          {
            value: 1 / positiveShare,
            hint: `That is 1/${positiveShare}: all pairs per positive, the positive itself among them. Count only the negatives: ${(1 - positiveShare) * 100}% against ${percentText}.`,
          },
        ],
      },
    ],
  },
  {
    number: 5,
    title: 'Negatives for free',
    questions: [
      {
        kind: 'number',
        id: 'views',
        label: 'augmented views in the batch',
        answer: 2 * batch,
        tolerance: 0,
        slips: [{ value: batch, hint: 'Each image is augmented twice, so it brings two views.' }],
      },
      {
        kind: 'number',
        id: 'negatives',
        label: 'negatives for each view',
        answer: 2 * batch - 2,
        tolerance: 0,
        slips: [
          {
            value: batch - 1,
            hint: 'That counts the other images, but each of them is in the batch twice, as two views.',
          },
          {
            value: 2 * batch - 1,
            hint: 'That is every other view, but one of them is the twin: the positive, not a negative.',
          },
          {
            value: 2 * batch,
            hint: 'That is the whole batch: leave out the view itself and its twin.',
          },
        ],
      },
    ],
    setup: { label: 'See it on the plane', loss: 'infonce' },
  },
  NETWORK_EXERCISE,
];
