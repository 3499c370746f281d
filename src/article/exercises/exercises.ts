/**
 * The five exercises of CONTENT.md as data: the questions, their answers (computed, not typed in)
 * and how close an answer must be. The components render them; `checkExercise` judges them.
 */
import { contrastivePairLoss, pairCountOf, type LossId } from '../../engine';
import { defaultScene } from '../../scene/defaultScene';
import type { Scene } from '../../scene/model';
import { examplePointsAllPairs, marginTooSmall, pairBeyondMargin } from '../../scene/presets';
import { checkNumber, describeMiss } from './check';

export interface NumberQuestion {
  readonly kind: 'number';
  readonly id: string;
  readonly label: string;
  readonly answer: number;
  readonly tolerance: number;
  /** Wrong answers that come from a known slip, each with a nudge that names the slip. */
  readonly slips?: readonly { readonly value: number; readonly hint: string }[];
}

export interface ChoiceQuestion {
  readonly kind: 'choice' | 'multiple';
  readonly id: string;
  readonly label: string;
  readonly options: readonly { readonly id: string; readonly text: string }[];
  /** The right option (choice) or options (multiple: all of these and no other). */
  readonly answers: readonly string[];
  /** A nudge for a wrong choice. */
  readonly hint: string;
}

export type Question = NumberQuestion | ChoiceQuestion;

export interface Exercise {
  readonly number: number;
  readonly title: string;
  readonly questions: readonly Question[];
  /** What a button puts on the plane: a scene with a pair selected in it, or a loss. */
  readonly setup?:
    | { readonly label: string; readonly scene: Scene; readonly select: readonly [string, string] }
    | { readonly label: string; readonly loss: LossId };
}

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
        options: [
          { id: 'positive', text: 'a positive pair (y = 1)' },
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
    setup: { label: 'Show A1–B2 on the plane', scene: examplePointsAllPairs, select: ['A1', 'B2'] },
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
        options: [
          { id: 'larger', text: 'A larger margin' },
          { id: 'normalise', text: 'Normalise the embeddings and choose m between 0.5 and 1' },
          { id: 'mining', text: 'Hard-negative mining' },
          { id: 'relative', text: 'A relative loss such as triplet or InfoNCE' },
          { id: 'smaller', text: 'A smaller margin' },
          { id: 'fewer', text: 'Fewer negative pairs' },
        ],
        answers: ['larger', 'normalise', 'mining', 'relative'],
        hint: 'Each fix should give the parked negatives a reason to move again.',
      },
    ],
    setup: { label: 'Put this scene on the plane', scene: marginTooSmall, select: ['A1', 'B1'] },
  },
  {
    number: 4,
    title: 'Counting pairs',
    questions: [
      { kind: 'number', id: 'pairs', label: 'pairs', answer: allPairs, tolerance: 0.5 },
      {
        kind: 'number',
        id: 'positives',
        label: 'positive pairs',
        answer: positives,
        tolerance: 0.5,
      },
      {
        kind: 'number',
        id: 'negatives',
        label: 'negative pairs',
        answer: negatives,
        tolerance: 0.5,
      },
      {
        kind: 'number',
        id: 'ratio',
        label: 'negatives per positive',
        answer: negatives / positives,
        tolerance: 0.5,
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
];

/** What the reader entered: text for a number, the chosen option ids for a choice. */
export type Answers = Readonly<Record<string, string | readonly string[]>>;

export interface Judgement {
  readonly correct: boolean;
  /** One sentence per question that is not right, or a single sentence of praise. */
  readonly message: string;
}

function judgeQuestion(
  question: Question,
  given: string | readonly string[] | undefined,
): string | null {
  if (question.kind === 'number') {
    const verdict = checkNumber(
      typeof given === 'string' ? given : '',
      question.answer,
      question.tolerance,
    );
    switch (verdict.status) {
      case 'right':
        return null;
      case 'empty':
        return `Fill in ${question.label}.`;
      case 'unreadable':
        return `${question.label}: "${verdict.text}" is not a number I can read; write it like 0.25 or 49,995,000.`;
      case 'wrong': {
        const slip = question.slips?.find((s) => s.value === verdict.value);
        const miss = `${question.label}: ${verdict.value} is ${describeMiss(verdict.value, question.answer)}.`;
        return slip ? `${miss} ${slip.hint}` : miss;
      }
    }
  }
  const chosen = Array.isArray(given) ? given : [];
  if (chosen.length === 0)
    return `${question.label} Choose ${question.kind === 'choice' ? 'an answer' : 'at least one'}.`;
  const missing = question.answers.filter((id) => !chosen.includes(id)).length;
  const extra = chosen.filter((id) => !question.answers.includes(id)).length;
  if (missing === 0 && extra === 0) return null;
  if (question.kind === 'choice') return `${question.label}: not that one. ${question.hint}`;
  const counts = [
    extra ? `${extra} of your ticks would not help` : '',
    missing ? `${missing} that would ${missing === 1 ? 'is' : 'are'} not ticked` : '',
  ];
  return `Of the changes, ${counts.filter(Boolean).join(' and ')}. ${question.hint}`;
}

export function checkExercise(exercise: Exercise, answers: Answers): Judgement {
  const problems = exercise.questions
    .map((question) => judgeQuestion(question, answers[question.id]))
    .filter((problem): problem is string => problem !== null);
  if (problems.length === 0) return { correct: true, message: 'Right, all of it.' };
  return { correct: false, message: `Not yet. ${problems.join(' ')}` };
}
