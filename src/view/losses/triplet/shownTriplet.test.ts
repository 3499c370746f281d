import { describe, expect, it } from 'vitest';
import { tripletPage } from '../../../engine';
import { defaultScene } from '../../../scene/defaultScene';
import { createEvaluator } from '../../../scene/evaluation';
import { eightPeople } from '../../../scene/presets';
import { sceneHardestTriplet, shownTriplet } from './shownTriplet';

const evaluate = createEvaluator();

/** Every triplet of the scene, listed by the engine, and the one with the largest loss. */
function largestByListing(scene: Parameters<typeof evaluate>[0]) {
  const { context } = evaluate({ ...scene, loss: 'triplet' });
  const { rows } = tripletPage(context, { filter: 'all', anchor: null, offset: 0, limit: 1e6 });
  return rows.reduce((best, row) => (row.loss > best.loss ? row : best));
}

describe('the triplet the plane shows', () => {
  it('with no point in hand, the scene’s hardest: the triplet of largest loss', () => {
    for (const scene of [defaultScene, eightPeople()]) {
      const { context } = evaluate({ ...scene, loss: 'triplet' });
      const hardest = sceneHardestTriplet(context)!;
      expect(hardest.loss).toBeCloseTo(largestByListing(scene).loss, 12);
      expect(shownTriplet(context, null, null)).toEqual(hardest);
    }
    // The example: A2 → A1 → B2, √0.005 − √0.72 + 1.
    const { context } = evaluate({ ...defaultScene, loss: 'triplet' });
    expect(sceneHardestTriplet(context)).toMatchObject({ anchor: 1, positive: 0, negative: 3 });
  });

  it('the chosen row, else the point in hand’s hardest triplet', () => {
    const { context } = evaluate({ ...defaultScene, loss: 'triplet' });
    const choice = { anchor: 1, positive: 0, negative: 2, labels: ['A2', 'A1', 'B1'] } as const;
    expect(shownTriplet(context, choice, null)).toMatchObject({ anchor: 1, negative: 2 });
    expect(shownTriplet(context, choice, 1)).toMatchObject({ anchor: 1, negative: 2 });
    expect(shownTriplet(context, choice, 2)).toMatchObject({ anchor: 2, positive: 3 });
    expect(shownTriplet(context, null, 9)).toBeNull();
  });

  it('none when nobody has both a positive and a negative', () => {
    const alone = {
      ...defaultScene,
      points: defaultScene.points.slice(0, 2),
      pairs: 'all' as const,
    };
    expect(sceneHardestTriplet(evaluate({ ...alone, loss: 'triplet' }).context)).toBeNull();
  });
});
