import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../../scene/defaultScene';
import { createEvaluator } from '../../../../scene/evaluation';
import { movedPoint, type Scene } from '../../../../scene/model';
import { feelsMove, sameButPositions, samePointsBut } from './frameChanges';

const moved = (scene: Scene, index: number, dx: number): Scene => {
  const points = scene.points.slice();
  points[index] = { ...points[index]!, x: points[index]!.x + dx };
  return { ...scene, points };
};

describe('what a frame changed', () => {
  it('names the one point a drag moved, none, or several', () => {
    const one = moved(defaultScene, 2, 0.1);
    expect(movedPoint(defaultScene, defaultScene)).toBe(-1);
    expect(movedPoint(defaultScene, one)).toBe(2);
    expect(movedPoint(defaultScene, moved(one, 0, 0.1))).toBe(-2);
  });

  it('keeps the layers below for moves, not for a new margin, loss or set of points', () => {
    expect(sameButPositions(defaultScene, moved(defaultScene, 1, 0.2))).toBe(true);
    expect(sameButPositions(defaultScene, { ...defaultScene, margin: 0.5 })).toBe(false);
    expect(sameButPositions(defaultScene, { ...defaultScene, loss: 'triplet' })).toBe(false);
    expect(
      sameButPositions(defaultScene, {
        ...defaultScene,
        points: defaultScene.points.slice(0, 3),
      }),
    ).toBe(false);
  });

  it('keeps the symbols when only the point left out of them moved', () => {
    const dragged = moved(defaultScene, 3, 0.4);
    expect(samePointsBut(defaultScene.points, dragged.points, 3)).toBe(true);
    expect(samePointsBut(defaultScene.points, dragged.points, 0)).toBe(false);
  });

  it('lists the moving point and the partners it pulls or pushes, and with ahead, those near', () => {
    // The example at m = 1: A2 pulls A1 and pushes B2 (D 0.85); A2 and B1 are no pair.
    const evaluation = createEvaluator()(defaultScene);
    expect([...feelsMove(evaluation, 1, false)].sort()).toEqual([0, 1, 3]);
    // B1 (index 2) pulls B2 and pushes A1 (D 0.99 < 1).
    expect([...feelsMove(evaluation, 2, false)].sort()).toEqual([0, 2, 3]);
    const wide = createEvaluator()({ ...defaultScene, margin: 0.5 });
    // At m = 0.5 A1–B1 rests (D 0.99 ≥ m) but lies within 2m: it is felt only ahead.
    expect([...feelsMove(wide, 2, false)].sort()).toEqual([2, 3]);
    expect([...feelsMove(wide, 2, true)].sort()).toEqual([0, 2, 3]);
  });
});
