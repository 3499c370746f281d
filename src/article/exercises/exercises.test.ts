import { describe, expect, it } from 'vitest';
import { checkExercise, EXERCISES, type Answers, type Exercise } from './exercises';

const exercise = (n: number): Exercise => EXERCISES.find((e) => e.number === n)!;

/** The answers of CONTENT.md, written as a student would write them. */
const RIGHT: Record<number, Answers> = {
  1: { distance: '0.9192', label: ['negative'], loss: '0.0065' },
  2: { loss1: '0', slope1: '0', loss2: '0.25', slope2: '-1' },
  3: { cause: ['margin'], fixes: ['larger', 'normalise', 'mining', 'relative'] },
  4: { pairs: '49,995,000', positives: '249975', negatives: '49 745 025', ratio: '199' },
  5: { views: '512', negatives: '510' },
};

describe('the exercises', () => {
  it('are the five of CONTENT.md', () => {
    expect(EXERCISES.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
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
    expect(message).toMatch(/Fill in loss at m = 1\./);
    expect(message).toMatch(/"zero" is not a number/);
    expect(message).toMatch(/dL\/dD at m = 2: 1 is 2 too high/);
    expect(checkExercise(exercise(1), { ...RIGHT[1], label: ['positive'] }).message).toMatch(
      /not that one/,
    );
  });

  it('wants every helpful change in exercise 3 and no unhelpful one', () => {
    const some = checkExercise(exercise(3), { cause: ['margin'], fixes: ['larger', 'smaller'] });
    expect(some.correct).toBe(false);
    expect(some.message).toMatch(/1 of your ticks would not help and 3 that would are not ticked/);
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
      'Not yet. negatives for each view: 500 is 10 too low (2% off).',
    );
  });
});
