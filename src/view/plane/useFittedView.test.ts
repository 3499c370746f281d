import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../scene/defaultScene';
import { createEvaluator } from '../../scene/evaluation';
import { normaliseScene } from '../../scene/model';
import { fitView, resizeView } from './useFittedView';
import { fitViewport } from './geometry/viewport';

describe('resizing the plane', () => {
  const from = { width: 600, height: 300 };
  const view = { viewport: fitViewport(defaultScene.points, from), arrowScale: 0.5 };
  const unitsPerPixel = (v: typeof view.viewport, width: number) => (v.xMax - v.xMin) / width;

  it('keeps the centre, the scale and the arrows when a caption takes a few pixels', () => {
    const to = { width: 600, height: 270 };
    const kept = resizeView(view, from, to, defaultScene.points)!;
    expect(kept.arrowScale).toBe(0.5);
    expect(unitsPerPixel(kept.viewport, 600)).toBeCloseTo(unitsPerPixel(view.viewport, 600), 12);
    expect((kept.viewport.yMax - kept.viewport.yMin) / 270).toBeCloseTo(
      unitsPerPixel(view.viewport, 600),
      12,
    );
    expect(kept.viewport.xMin + kept.viewport.xMax).toBeCloseTo(
      view.viewport.xMin + view.viewport.xMax,
      12,
    );
  });

  it('asks for a new fit after a large resize, or when a point would fall outside', () => {
    expect(resizeView(view, from, { width: 600, height: 200 }, defaultScene.points)).toBeNull();
    const far = [...defaultScene.points, { x: view.viewport.xMax - 0.001, y: 0.5 }];
    expect(resizeView(view, from, { width: 560, height: 300 }, far)).toBeNull();
  });
});

describe('fitting the view', () => {
  const size = { width: 600, height: 400 };
  const evaluate = createEvaluator();

  it('takes in the whole unit circle when the points live on it', () => {
    const onCircle = evaluate(normaliseScene({ ...defaultScene, norm: true }));
    const { viewport } = fitView(onCircle, size);
    expect(viewport.xMin).toBeLessThan(-1);
    expect(viewport.xMax).toBeGreaterThan(1);
    expect(viewport.yMin).toBeLessThan(-1);
    expect(viewport.yMax).toBeGreaterThan(1);
  });

  it('fits the points alone otherwise', () => {
    const { viewport } = fitView(evaluate(defaultScene), size);
    expect(viewport.xMin).toBeGreaterThan(-1);
    expect(viewport.yMin).toBeGreaterThan(-1);
  });

  it('fits where a lesson’s gliding points arrive, not where they set off', () => {
    const far = { ...defaultScene, points: defaultScene.points.map((p) => ({ ...p, x: p.x + 5 })) };
    expect(fitView(evaluate(defaultScene), size, [], far)).toEqual(fitView(evaluate(far), size));
  });
});
