import { describe, expect, it } from 'vitest';
import { checkExercise, type Answers } from './judge';
import { NETWORK_EXERCISE } from './networkExercise';

/** The answers, written as a student would write them. */
const RIGHT: Answers = { collapse: ['collapse'], different: '0.36', same: '0.16' };

const judged = (answers: Answers) => checkExercise(NETWORK_EXERCISE, { ...RIGHT, ...answers });

describe('the digits network’s exercise', () => {
  it('accepts collapse, (1 − 0.4)² and 0.4²', () => {
    expect(checkExercise(NETWORK_EXERCISE, RIGHT)).toEqual({
      correct: true,
      message: 'Right, all of it.',
    });
    expect(judged({ different: '≈ 0,36', same: '.16' }).correct).toBe(true);
  });

  it('computes its answers with the engine’s pair loss', () => {
    const answers = NETWORK_EXERCISE.questions.flatMap((q) => (q.kind === 'number' ? [q] : []));
    expect(answers.map((q) => q.answer)).toEqual([(1 - 0.4) ** 2, 0.4 ** 2]);
  });

  it('says why each other fate of the map is wrong', () => {
    expect(judged({ collapse: ['clusters'] }).message).toBe(
      'Not yet. What the map does: not that one. Nothing in the loss keeps two different digits apart any more. What stops a 4 and a 9 from meeting?',
    );
    expect(judged({ collapse: ['apart'] }).message).toMatch(/a pull only ever brings/);
    expect(judged({ collapse: ['still'] }).message).toMatch(
      /its gradient pulls each pair together/,
    );
    expect(checkExercise(NETWORK_EXERCISE, {}).message).toBe(
      'Not yet. What the map does: choose an answer. Loss of the 4 and the 9: fill in a number. Loss of the two 4s: fill in a number.',
    );
  });

  it('names the slips in the dissimilar pair’s loss', () => {
    expect(judged({ different: '0.6' }).message).toBe(
      'Not yet. Loss of the 4 and the 9: 0.6 is 0.24 too high (67% off). That is m − D; the margin term squares it.',
    );
    expect(judged({ different: '0.16' }).message).toMatch(
      /0\.16 is 0\.2 too low \(56% off\)\. That is D², the pull of a similar pair/,
    );
    expect(judged({ different: '0.84' }).message).toMatch(/That squares D alone/);
    expect(judged({ different: '-0.36' }).message).toBe(
      'Not yet. Loss of the 4 and the 9: -0.36 has the right size but the wrong sign.',
    );
  });

  it('names the slips in the similar pair’s loss', () => {
    expect(judged({ same: '0.36' }).message).toMatch(
      /Loss of the two 4s: 0\.36 is 0\.2 too high \(125% off\)\. That is the push of a dissimilar pair/,
    );
    expect(judged({ same: '0.4' }).message).toMatch(/That is D itself; the pull is D²\./);
    expect(judged({ same: '0' }).message).toMatch(
      /0 is 0\.16 too low \(100% off\)\. The margin only lets dissimilar pairs rest/,
    );
  });

  it('sets the figure to similar pairs only, and nothing else', () => {
    expect(NETWORK_EXERCISE.setup).toEqual({
      label: 'Set the figure to similar pairs only',
      network: { similarShare: 1 },
    });
  });
});
