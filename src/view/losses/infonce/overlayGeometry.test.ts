import { describe, expect, it } from 'vitest';
import { INFONCE } from '../../../engine';
import { createEvaluator, activeOutput } from '../../../scene/evaluation';
import { defaultScene } from '../../../scene/defaultScene';
import {
  anchorWordSpot,
  angleArc,
  labelXInside,
  arcPositives,
  rayThrough,
  separateLabels,
} from './overlayGeometry';

describe('rays and arcs on the plane', () => {
  it('sends a ray from the origin through a point, as long as asked', () => {
    expect(rayThrough(10, 20, 13, 24, 50)).toEqual({ x2: 40, y2: 60 });
    expect(rayThrough(10, 20, 10, 20, 50)).toBeNull();
  });

  it('draws the short way round between two directions, labelled at the middle', () => {
    // From east to north on screen (y down: north is −y), a quarter turn against the sweep.
    const quarter = angleArc(0, 0, 10, { x: 5, y: 0 }, { x: 0, y: -5 });
    expect(quarter.d).toBe(`M10,0A10,10 0 0 0 ${10 * Math.cos(-Math.PI / 2)},-10`);
    expect(quarter.labelX).toBeCloseTo(18 * Math.SQRT1_2, 12);
    expect(quarter.labelY).toBeCloseTo(-18 * Math.SQRT1_2, 12);
    expect(quarter.textAnchor).toBe('start');
    // Across the ±π seam: from 160° to −160° is 40°, not 320°.
    const seam = angleArc(0, 0, 10, { x: -1, y: 0.364 }, { x: -1, y: -0.364 });
    expect(seam.d).toMatch(/ 0 0 1 /);
    expect(seam.labelX).toBeCloseTo(-18, 1);
    expect(seam.textAnchor).toBe('end');
  });

  it('puts a narrow arc label beside it, below both rays rather than on them', () => {
    // Two rays pointing right and a little up the screen, about 5.6° apart.
    const narrow = angleArc(0, 0, 80, { x: 100, y: -20 }, { x: 100, y: -30 });
    expect(narrow.textAnchor).toBe('middle');
    for (const slope of [-0.2, -0.3]) {
      const rayY = (x: number) => slope * x;
      // The label, about 80 px wide, clears both rays along its whole width.
      for (const dx of [-40, 0, 40])
        expect(narrow.labelY - rayY(narrow.labelX + dx)).toBeGreaterThan(7);
    }
  });

  it('takes the anchor two least similar positives, and skips a point at the origin', () => {
    const scene = {
      ...defaultScene,
      loss: 'infonce' as const,
      points: [
        { label: 'A1', identity: 'a', x: 1, y: 0 },
        { label: 'A2', identity: 'a', x: 1, y: 1 },
        { label: 'A3', identity: 'a', x: 1, y: 0.1 },
        { label: 'A4', identity: 'a', x: 0, y: 0 },
        { label: 'A5', identity: 'a', x: -1, y: 0.2 },
        { label: 'B1', identity: 'b', x: 0, y: 1 },
      ],
      pairs: 'all' as const,
    };
    const evaluation = createEvaluator()(scene);
    const output = activeOutput(evaluation, INFONCE)!;
    expect(arcPositives(output, evaluation.identityOf, 0)).toEqual([4, 1]);
  });

  it('moves a label down until it covers no other, and leaves apart ones alone', () => {
    const text = 'cos = 0.43';
    const ys = separateLabels([
      { x: 100, y: 50, textAnchor: 'start', text },
      { x: 110, y: 55, textAnchor: 'start', text },
      { x: 105, y: 60, textAnchor: 'middle', text },
      { x: 400, y: 50, textAnchor: 'end', text },
    ]);
    expect(ys).toEqual([50, 71, 92, 50]);
  });
});

describe('the word "anchor" beside the anchor’s ring', () => {
  const plot = { left: 0, top: 0, right: 400, bottom: 300 };
  const none = { boxes: [], segments: [] };

  it('goes right of the ring when there is room', () => {
    expect(anchorWordSpot({ x: 200, y: 150 }, 17, none, plot)).toMatchObject({
      x: 220,
      y: 150,
      anchor: 'start',
    });
  });

  it('keeps clear of a label, a line and the plot’s edge', () => {
    const label = { left: 215, top: 140, right: 260, bottom: 160 };
    const spot = anchorWordSpot({ x: 200, y: 150 }, 17, { boxes: [label], segments: [] }, plot);
    expect(spot.anchor).toBe('end');
    // At the right edge, and a ray running left: below, then.
    const ray = { x1: 0, y1: 150, x2: 390, y2: 150 };
    const edge = anchorWordSpot({ x: 390, y: 150 }, 17, { boxes: [], segments: [ray] }, plot);
    expect(edge.y).toBeGreaterThan(150);
  });
});

describe('an arc’s label near the plot’s edge', () => {
  it('moves in just far enough to be read whole, keeping its anchoring', () => {
    const text = 'cos = 0.999'; // 11 characters, about 81 px
    expect(labelXInside(200, 'end', text, 400)).toBe(200);
    expect(labelXInside(30, 'end', text, 400)).toBeCloseTo(11 * 7.4 + 2, 9);
    expect(labelXInside(380, 'start', text, 400)).toBeCloseTo(400 - 11 * 7.4 - 2, 9);
    expect(labelXInside(5, 'middle', text, 400)).toBeCloseTo((11 * 7.4) / 2 + 2, 9);
  });
});
