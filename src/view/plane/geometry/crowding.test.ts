import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { createEvaluator } from '../../../scene/evaluation';
import { eightPeople } from '../../../scene/presets';
import { circlePoints, isCrowded, isFaintLine } from './crowding';

const evaluate = createEvaluator();
const none = { highlight: null, selected: null, active: null } as const;

describe('a crowded scene', () => {
  it('starts past a dozen points or 66 pairs', () => {
    expect(isCrowded(4, 4)).toBe(false);
    expect(isCrowded(12, 66)).toBe(false);
    expect(isCrowded(13, 20)).toBe(true);
    expect(isCrowded(12, 67)).toBe(true);
    expect(isCrowded(40, 780)).toBe(true);
  });
});

describe('which margin circles are drawn', () => {
  it('in a small scene, every point with a partner of another identity', () => {
    expect(circlePoints(evaluate(defaultScene), none, false)).toEqual([0, 1, 2, 3]);
    // A1–A2 only: nobody has a dissimilar partner, so nobody has a circle.
    const similarOnly = evaluate({ ...defaultScene, pairs: [['A1', 'A2']] });
    expect(circlePoints(similarOnly, none, false)).toEqual([]);
  });

  it('in a crowded scene, none at rest, then only those of the point or pair in hand', () => {
    const evaluation = evaluate(eightPeople());
    expect(circlePoints(evaluation, none, true)).toEqual([]);
    expect(circlePoints(evaluation, { ...none, active: 7 }, true)).toEqual([7]);
    expect(
      circlePoints(
        evaluation,
        { ...none, highlight: { kind: 'point', index: 3 }, active: 7 },
        true,
      ),
    ).toEqual([3, 7]);
    // A dissimilar pair: both ends. Pair 0, A1–A2, is similar: neither.
    const { first, second, similar } = evaluation.pairs;
    const dissimilar = [...Array(evaluation.pairs.count).keys()].find((p) => similar[p] === 0)!;
    expect(circlePoints(evaluation, { ...none, selected: dissimilar }, true)).toEqual([
      first[dissimilar],
      second[dissimilar],
    ]);
    expect(
      circlePoints(evaluation, { ...none, highlight: { kind: 'pair', index: 0 } }, true),
    ).toEqual([]);
    // A formula term lights circles in a small scene; in a crowded one it adds none.
    expect(
      circlePoints(evaluation, { ...none, highlight: { kind: 'term', term: 'margin' } }, true),
    ).toEqual([]);
  });

  it('never under a loss without a margin circle', () => {
    for (const loss of ['triplet', 'infonce'] as const) {
      expect(circlePoints(evaluate({ ...defaultScene, loss }), none, false)).toEqual([]);
    }
  });
});

describe('which lines fade', () => {
  it('only in a crowded scene, only dissimilar pairs at rest, never a lit one', () => {
    const evaluation = evaluate(eightPeople());
    const { count, similar } = evaluation.pairs;
    let faint = 0;
    let resting = 0;
    for (let p = 0; p < count; p++) {
      const atRest = similar[p] === 0 && evaluation.pairShare[p] === 0;
      if (atRest) resting++;
      expect(isFaintLine(evaluation, p, true, false)).toBe(atRest);
      expect(isFaintLine(evaluation, p, true, true)).toBe(false);
      expect(isFaintLine(evaluation, p, false, false)).toBe(false);
      if (isFaintLine(evaluation, p, true, false)) faint++;
    }
    // Most of the 700 dissimilar pairs are at rest: those are what fade.
    expect(faint).toBe(resting);
    expect(faint).toBeGreaterThan(600);
  });

  it('all but the lit ones under a loss whose marks are not pair lines, in a crowded scene', () => {
    const evaluation = evaluate({ ...eightPeople(), loss: 'triplet' });
    for (let p = 0; p < evaluation.pairs.count; p++) {
      expect(isFaintLine(evaluation, p, true, false)).toBe(true);
      expect(isFaintLine(evaluation, p, true, true)).toBe(false);
    }
    const small = evaluate({ ...defaultScene, loss: 'infonce' });
    expect(isFaintLine(small, 0, false, false)).toBe(false);
  });
});
