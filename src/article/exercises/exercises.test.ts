import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises';
import { checkExercise, type Answers } from './judge';
import type { Exercise } from './model';

const exercise = (n: number): Exercise => EXERCISES.find((e) => e.number === n)!;

/** The answers of CONTENT.md, written as a student would write them. */
const RIGHT: Record<number, Answers> = {
  1: { distance: '0.9192', label: ['negative'], loss: '0.0065' },
  2: { loss1: '0', slope1: '0', loss2: '0.25', slope2: '-1' },
  3: { cause: ['margin'], fixes: ['larger', 'normalise', 'relative'] },
  4: { pairs: '49,995,000', positives: '249975', negatives: '49 745 025', ratio: '199' },
  5: { views: '512', negatives: '510' },
};

describe('the exercises', () => {
  it('are the five of CONTENT.md, then the digits network’s', () => {
    expect(EXERCISES.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([1, 2, 3, 4, 5])('exercise %i accepts the answers of CONTENT.md', (n) => {
    expect(checkExercise(exercise(n), RIGHT[n]!)).toEqual({
      correct: true,
      message: 'Right, all of it.',
    });
  });

  it('computes its answers rather than storing them', () => {
    const answer = (n: number, id: string) =>
      exercise(n).questions.find((q) => q.id === id && q.kind === 'number') as { answer: number };
    expect(answer(1, 'distance').answer).toBeCloseTo(Math.sqrt(0.845), 12);
    expect(answer(1, 'loss').answer).toBeCloseTo((1 - Math.sqrt(0.845)) ** 2, 12);
    expect(answer(4, 'negatives').answer).toBe(49_745_025);
    expect(answer(4, 'ratio').answer).toBeCloseTo(199, 10);
  });

  it('says how far off a wrong number is', () => {
    const judgement = checkExercise(exercise(1), { ...RIGHT[1], distance: '0.93' });
    expect(judgement.correct).toBe(false);
    expect(judgement.message).toMatch(/D\(A1, B2\): 0\.93 is 0\.011 too high \(1\.2% off\)/);
  });

  it('rejects a loss that is close but not close enough', () => {
    expect(checkExercise(exercise(1), { ...RIGHT[1], loss: '0.0063' }).correct).toBe(false);
    expect(checkExercise(exercise(1), { ...RIGHT[1], loss: '0.00652' }).correct).toBe(true);
  });

  it('names blanks, unreadable numbers and wrong choices', () => {
    const message = checkExercise(exercise(2), {
      loss1: '',
      slope1: 'zero',
      loss2: '0.25',
      slope2: '1',
    }).message;
    expect(message).toMatch(/Loss at m = 1: fill in a number\./);
    expect(message).toMatch(/dL\/dD at m = 1: "zero" is not a number/);
    expect(checkExercise(exercise(1), { ...RIGHT[1], label: ['positive'] }).message).toBe(
      'Not yet. A1 and B2 are …: not that one. A positive pair is two photos of the same person. Whose photos are A1 and B2?',
    );
  });

  it('wants every helpful change in exercise 3 and no unhelpful one', () => {
    const some = checkExercise(exercise(3), { cause: ['margin'], fixes: ['larger', 'fewer'] });
    expect(some.correct).toBe(false);
    expect(some.message).toMatch(/1 of your ticks would not help and 2 that would are not ticked/);
    expect(some.message).toMatch(/Fewer negative pairs leaves the ones that remain just as still/);
    const fewer = checkExercise(exercise(3), { cause: ['margin'], fixes: ['larger'] });
    expect(fewer.message).toBe(
      'Not yet. Of the changes, 2 that would help are not ticked. Each fix should give the parked negatives a reason to move again.',
    );
  });

  it('names the usual slips in exercise 5', () => {
    const message = (views: string, negatives: string) =>
      checkExercise(exercise(5), { views, negatives }).message;
    expect(message('256', '510')).toMatch(
      /256 is 256 too low \(50% off\)\. Each image is augmented twice/,
    );
    expect(message('512', '255')).toMatch(/counts the other images/);
    expect(message('512', '511')).toMatch(/one of them is the twin: the positive/);
    expect(message('512', '512')).toMatch(/leave out the view itself and its twin/);
    expect(message('512', '500')).toBe(
      'Not yet. Negatives for each view: 500 is 10 too low (2% off).',
    );
  });

  it('meets a right size with the wrong sign as a sign slip, and says why for dL/dD', () => {
    const message = checkExercise(exercise(2), { ...RIGHT[2], slope2: '1' }).message;
    expect(message).toBe(
      'Not yet. dL/dD at m = 2: 1 has the right size but the wrong sign. Inside the margin the loss gets smaller as D grows, so dL/dD is below zero. Its size, |dL/dD|, is the strength of the push that drives the pair apart.',
    );
    expect(message).not.toMatch(/too high|% off/);
  });

  it('spots a sign slip in any number question with a non-zero answer', () => {
    expect(checkExercise(exercise(1), { ...RIGHT[1], distance: '-0.9192' }).message).toBe(
      'Not yet. D(A1, B2): -0.9192 has the right size but the wrong sign.',
    );
    const made: Exercise = {
      number: 9,
      title: 'made up',
      questions: [{ kind: 'number', id: 'x', label: 'the slope', answer: 3, tolerance: 0.01 }],
    };
    expect(checkExercise(made, { x: '−3' }).message).toBe(
      'Not yet. The slope: -3 has the right size but the wrong sign.',
    );
    // Zero has no sign to get wrong: −0 is simply right, and nothing else is its negative.
    expect(checkExercise(exercise(2), { ...RIGHT[2], slope1: '-0' }).correct).toBe(true);
    expect(checkExercise(made, { x: '2.5' }).message).not.toMatch(/sign/);
  });

  it('names the classic miscounts of pairs in exercise 4', () => {
    const message = (answers: Answers) =>
      checkExercise(exercise(4), { ...RIGHT[4], ...answers }).message;
    expect(message({ pairs: '100,000,000' })).toBe(
      'Not yet. Pairs: 100,000,000 is 50,005,000 too high (100% off). n² counts every ordered pair and pairs each image with itself. Leave out the n self-pairs and you get n(n − 1), which still counts each pair twice.',
    );
    expect(message({ pairs: '99990000' })).toMatch(
      /Pairs: 99,990,000 is 49,995,000 too high \(100% off\)\. n\(n − 1\) counts each pair twice, A with B and B with A: halve it\./,
    );
    expect(message({ positives: '500,000' })).toMatch(
      /Positive pairs: 500,000 is .*\. That is 0\.5% of n², which counts ordered pairs and each image with itself/,
    );
    expect(message({ positives: '499,950' })).toMatch(
      /That is 0\.5% of n\(n − 1\), which counts each pair twice/,
    );
    expect(message({ positives: '24,997,500' })).toMatch(/0\.5% is 0\.005, not 0\.5\./);
    expect(message({ negatives: '99,500,000' })).toMatch(
      /Negative pairs: 99,500,000 is .*\. That starts from n², which counts ordered pairs/,
    );
    expect(message({ negatives: '99,490,050' })).toMatch(
      /That starts from n\(n − 1\), which counts each pair twice/,
    );
    expect(message({ ratio: '200' })).toBe(
      'Not yet. Negatives per positive: 200 is 1 too high (0.5% off). That is 1/0.005: all pairs per positive, the positive itself among them. Count only the negatives: 99.5% against 0.5%.',
    );
  });

  it('marks hard-negative mining wrong in exercise 3, and says why', () => {
    const judgement = checkExercise(exercise(3), {
      cause: ['margin'],
      fixes: ['larger', 'normalise', 'mining', 'relative'],
    });
    expect(judgement.correct).toBe(false);
    expect(judgement.message).toBe(
      'Not yet. Of the changes, 1 of your ticks would not help. Hard-negative mining looks for negatives inside the margin, and with m = 0.3 and every negative at D ≈ 0.35 there are none to find. It only pays once a larger margin has put some hard negatives back inside.',
    );
  });

  it('asks for what is missing in whole sentences', () => {
    expect(checkExercise(exercise(1), {}).message).toBe(
      'Not yet. D(A1, B2): fill in a number. A1 and B2 are …: choose an answer. Its loss at m = 1: fill in a number.',
    );
    expect(checkExercise(exercise(3), {}).message).toBe(
      'Not yet. Why the negatives stay at D ≈ 0.35: choose an answer. Which changes would help: tick at least one.',
    );
    expect(checkExercise(exercise(4), {}).message).toBe(
      'Not yet. Pairs: fill in a number. Positive pairs: fill in a number. Negative pairs: fill in a number. Negatives per positive: fill in a number.',
    );
    expect(checkExercise(exercise(5), { views: 'many' }).message).toBe(
      'Not yet. Augmented views in the batch: "many" is not a number I can read; write it like 0.25, −1 or 12,500. Negatives for each view: fill in a number.',
    );
  });

  it('never quotes an answer of exercise 4 in its advice on how to write a number', () => {
    const message = checkExercise(exercise(4), { pairs: 'lots' }).message;
    expect(message).not.toMatch(/49,995,000|249,975|49,745,025/);
  });
});
