import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../scene/model';
import { collapse } from '../../../scene/presets';
import { cachedPreviewDots, previewDots, PREVIEW_HEIGHT, PREVIEW_WIDTH } from './presetPreview';

/** The centre of each dot, read back from its path (each starts at its leftmost point). */
const centres = (d: string, r: number) =>
  [...d.matchAll(/M([-\d.]+),([-\d.]+)/g)].map(([, x, y]) => [Number(x) + r, Number(y)]);

describe('a preset preview', () => {
  it('fits the points into the box with padding, keeping their shape and flipping y', () => {
    const scene: Scene = {
      margin: 1,
      points: [
        { label: 'A1', identity: 'alice', x: 0, y: 0 },
        { label: 'B1', identity: 'bob', x: 2, y: 1 },
      ],
      pairs: 'all',
      colours: { bob: '#123456' },
    };
    const [alice, bob] = previewDots(scene);
    expect(alice!.colour).toBe('#0072B2');
    expect(bob!.colour).toBe('#123456');
    // 2 units across fill the width less padding (5 px and the dot's 2.6 px radius each side).
    const [[ax, ay]] = centres(alice!.d, 2.6) as [[number, number]];
    const [[bx, by]] = centres(bob!.d, 2.6) as [[number, number]];
    expect(ax).toBeCloseTo(7.6, 1);
    expect(bx).toBeCloseTo(PREVIEW_WIDTH - 7.6, 1);
    expect(ay - by).toBeCloseTo((bx - ax) / 2, 1);
    expect((ay + by) / 2).toBeCloseTo(PREVIEW_HEIGHT / 2, 1);
  });

  it('keeps points crowded onto one spot a spot in the middle', () => {
    for (const { d } of previewDots(collapse))
      for (const [x, y] of centres(d, 2.6))
        expect(Math.hypot(x! - PREVIEW_WIDTH / 2, y! - PREVIEW_HEIGHT / 2)).toBeLessThan(4);
  });

  it('is worked out once per scene', () => {
    expect(cachedPreviewDots(collapse)).toBe(cachedPreviewDots(collapse));
  });
});
