import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { createEvaluator } from '../../../scene/evaluation';
import { generateScene } from '../../../scene/generate';
import { computeLandscape, landscapeGrid } from './landscapeField';

describe('the landscape of a point', () => {
  it('shows, under the point, the engine’s total for where the point is', () => {
    const evaluation = createEvaluator()(defaultScene);
    const viewport = { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5 };
    for (let point = 0; point < 4; point++) {
      const field = computeLandscape(
        evaluation,
        viewport,
        { width: 400, height: 400 },
        point,
        false,
      );
      expect(field.atPoint).toBeCloseTo(evaluation.total, 9);
      expect(field.min).toBeLessThanOrEqual(field.max);
      expect(field.values.length).toBe(field.grid.columns * field.grid.rows);
    }
  });

  it('keeps its cost within budget: coarser while moving, and for well-connected points', () => {
    const viewport = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
    const size = { width: 500, height: 300 };
    const still = landscapeGrid(viewport, size, 4, false);
    const moving = landscapeGrid(viewport, size, 999, true);
    expect(still.columns * still.rows).toBeGreaterThan(moving.columns * moving.rows);
    expect(moving.columns * moving.rows * 999).toBeLessThan(2.2e6);
    const generated = generateScene({ identities: 200, photos: 5, spread: 0.15, seed: 1 });
    if (!generated.ok) throw new Error('expected a scene');
    const evaluation = createEvaluator()(generated.value);
    const field = computeLandscape(
      evaluation,
      { xMin: -6, xMax: 6, yMin: -6, yMax: 6 },
      size,
      0,
      true,
    );
    expect(field.atPoint).toBeCloseTo(evaluation.total, 6);
  });
});
