import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../scene/defaultScene';
import { createEvaluator } from '../../scene/evaluation';
import { MARGIN_ACTIVE, MARGIN_RESTING, pairSummary, roundedSum } from './pairSummary';

describe('facts the article quotes', () => {
  it('counts the worked example’s pairs', () => {
    const { facts, largest, coincident } = pairSummary(createEvaluator()(defaultScene));
    expect([largest, coincident]).toEqual([2, []]);
    expect(facts).toMatchObject({
      points: 4,
      pairs: 4,
      similar: 2,
      dissimilar: 2,
      activeDissimilar: 2,
      resting: 0,
    });
  });

  it('counts pairs at rest once the margin shrinks', () => {
    const { facts, marginState } = pairSummary(createEvaluator()({ ...defaultScene, margin: 0.5 }));
    expect(facts).toMatchObject({ activeDissimilar: 0, resting: 2 });
    expect([...marginState]).toEqual([
      MARGIN_RESTING,
      MARGIN_RESTING,
      MARGIN_RESTING,
      MARGIN_RESTING,
    ]);
  });

  it('finds coincident negatives and marks their circles active', () => {
    const scene = {
      margin: 1,
      pairs: 'all' as const,
      points: [
        { label: 'A', identity: 'a', x: 0, y: 0 },
        { label: 'B', identity: 'b', x: 0, y: 0 },
        { label: 'C', identity: 'a', x: 5, y: 0 },
      ],
    };
    const { coincident, marginState, largest } = pairSummary(createEvaluator()(scene));
    expect(coincident).toEqual([0]);
    expect([...marginState]).toEqual([MARGIN_ACTIVE, MARGIN_ACTIVE, MARGIN_RESTING]);
    expect(largest).toBe(1);
  });

  it('shows the rounding trap: the rounded rows need not add up to the rounded total', () => {
    expect(roundedSum(createEvaluator()(defaultScene))).toEqual({
      sumOfRounded: 0.033,
      roundedTotal: 0.033,
    });
    // Three photos of one person, 0.006 apart: losses 0.000036, 0.000144 and 0.000036.
    const close = {
      margin: 1,
      pairs: 'all' as const,
      points: [0, 0.006, 0.012].map((x, i) => ({ label: `P${i}`, identity: 'p', x, y: 0 })),
    };
    expect(roundedSum(createEvaluator()(close))).toEqual({
      sumOfRounded: 0.0001,
      roundedTotal: 0.0002,
    });
  });
});
