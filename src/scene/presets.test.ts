import { describe, expect, it } from 'vitest';
import { identitiesOf } from './compile';
import { scenePairCount } from './model';
import { eightPeople, lookAlikes, PRESETS } from './presets';
import { validateScene } from './codec/validate';

describe('the presets', () => {
  it('are listed in order with unique ids', () => {
    expect(PRESETS.map((preset) => preset.title)).toEqual([
      'Seed example',
      'Margin too small',
      'Collapse',
      'Look-alikes',
      '8 people × 5 photos',
      '1,000 random points',
    ]);
    expect(new Set(PRESETS.map((preset) => preset.id)).size).toBe(PRESETS.length);
  });

  it.each(
    PRESETS.map(
      (preset, i) =>
        [
          preset.title,
          preset,
          [4, 6, 9, 12, 40, 1000][i]!,
          [4, 15, 36, 66, 780, 499_500][i]!,
        ] as const,
    ),
  )(
    '%s passes every rule of a scene, with the expected points and pairs',
    (_, preset, points, pairs) => {
      const checked = validateScene(preset.scene, (path) => path.join(' '));
      expect(checked).toEqual({ ok: true, value: preset.scene });
      expect(preset.scene.points).toHaveLength(points);
      expect(scenePairCount(preset.scene)).toBe(pairs);
    },
  );

  it('builds a generated scene once and hands back the same one after', () => {
    const thousand = PRESETS.find((preset) => preset.id === 'thousand-points')!;
    expect(thousand.scene).toBe(thousand.scene);
    expect(identitiesOf(thousand.scene)).toHaveLength(20);
  });

  it('makes look-alikes: every dissimilar pair well inside the margin, each photo nearest another person', () => {
    const { points, margin } = lookAlikes;
    for (const p of points) {
      const distances = points
        .filter((q) => q !== p)
        .map((q) => ({ q, d: Math.hypot(p.x - q.x, p.y - q.y) }));
      const others = distances.filter(({ q }) => q.identity !== p.identity);
      expect(Math.max(...others.map(({ d }) => d))).toBeLessThan(margin / 2);
      const nearest = distances.reduce((a, b) => (b.d < a.d ? b : a));
      expect(nearest.q.identity).not.toBe(p.identity);
    }
  });

  it('spaces the eight people apart, with a few of their negatives still inside the margin', () => {
    const { points, margin } = eightPeople();
    const centre = (identity: string) => {
      const own = points.filter((p) => p.identity === identity);
      return {
        x: own.reduce((sum, p) => sum + p.x, 0) / own.length,
        y: own.reduce((sum, p) => sum + p.y, 0) / own.length,
      };
    };
    const centres = [...new Set(points.map((p) => p.identity))].map(centre);
    for (const [k, a] of centres.entries())
      for (const b of centres.slice(k + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(margin);
    let inside = 0;
    for (const [k, p] of points.entries()) {
      const others = points.filter((q) => q !== p);
      const nearest = others.reduce((a, b) =>
        Math.hypot(b.x - p.x, b.y - p.y) < Math.hypot(a.x - p.x, a.y - p.y) ? b : a,
      );
      expect(nearest.identity).toBe(p.identity);
      for (const q of points.slice(k + 1))
        if (q.identity !== p.identity && Math.hypot(q.x - p.x, q.y - p.y) < margin) inside++;
    }
    // Something left to push, but a small share of the 700 dissimilar pairs.
    expect(inside).toBeGreaterThanOrEqual(10);
    expect(inside).toBeLessThanOrEqual(70);
  });
});
