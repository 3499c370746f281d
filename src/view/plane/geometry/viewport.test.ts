import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { chooseArrowScale, contains, fitViewport, pointerStep, roundToStep } from './viewport';

describe('the viewport', () => {
  it('fits every point with equal units on both axes', () => {
    const size = { width: 600, height: 400 };
    const view = fitViewport(defaultScene.points, size);
    expect(defaultScene.points.every((p) => contains(view, p))).toBe(true);
    expect((view.xMax - view.xMin) / size.width).toBeCloseTo(
      (view.yMax - view.yMin) / size.height,
      12,
    );
  });

  it('gives a single point a sensible window', () => {
    const view = fitViewport([{ x: 3, y: 4 }], { width: 100, height: 100 });
    expect([view.xMin, view.xMax, view.yMin, view.yMax]).toEqual([2.75, 3.25, 3.75, 4.25]);
  });

  it('rounds dragged coordinates to a tenth of a pixel', () => {
    expect(pointerStep(0.002)).toBe(1e-4);
    expect(pointerStep(3)).toBe(0.1);
    expect(roundToStep(0.612298, 1e-4)).toBe(0.6123);
    expect(roundToStep(-1234.56, 10)).toBe(-1230);
  });

  it('chooses a round arrow scale that keeps the longest arrow short', () => {
    expect(chooseArrowScale(0.444, 1.12)).toBe(0.5);
    expect(chooseArrowScale(10, 1)).toBe(0.02);
    expect(chooseArrowScale(0, 1)).toBe(1);
    expect(chooseArrowScale(1e-12, 2)).toBe(10);
  });
});

describe('point symbols', () => {
  it('shrink as points crowd the plot, within bounds', async () => {
    const { symbolArea } = await import('../canvas/density');
    expect(symbolArea(4, 500, 400)).toBe(260);
    expect(symbolArea(200, 500, 250)).toBe(104);
    expect(symbolArea(2000, 500, 250)).toBe(40);
  });
});
