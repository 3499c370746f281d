import { describe, expect, it } from 'vitest';
import { rectsOverlap } from './geometry';
import { fitLabels, placeLabels } from './labelPlacement';

const STYLE = { offset: 15, fontSize: 15, pointRadius: 11 };

/** Forty points in four tight clusters of ten: more labels than there is room for around them. */
const CROWD = Array.from({ length: 40 }, (_, i) => {
  const cluster = Math.floor(i / 10);
  const k = i % 10;
  return {
    x: 60 + (cluster % 2) * 120 + (k % 4) * 2,
    y: 60 + Math.floor(cluster / 2) * 120 + Math.floor(k / 4) * 2,
    text: `${'ABCD'[cluster]}${k + 1}`,
  };
});

const box = (p: { x: number; y: number }) => ({
  left: p.x - STYLE.pointRadius,
  top: p.y - STYLE.pointRadius,
  right: p.x + STYLE.pointRadius,
  bottom: p.y + STYLE.pointRadius,
});

describe('fitting labels', () => {
  it('places only labels that cover no other label and no other point', () => {
    const spots = fitLabels(CROWD, [], STYLE);
    const placed = spots.flatMap((spot, i) => (spot ? [{ spot, i }] : []));
    expect(placed.length).toBeGreaterThanOrEqual(4);
    expect(placed.length).toBeLessThan(40);
    for (const [k, { spot, i }] of placed.entries()) {
      for (const other of placed.slice(k + 1))
        expect(rectsOverlap(spot.box, other.spot.box)).toBe(false);
      CROWD.forEach((point, j) => {
        if (j !== i) expect(rectsOverlap(spot.box, box(point))).toBe(false);
      });
    }
  });

  it('always keeps the labels it is told to, placed before the rest', () => {
    // C3 sits in the middle of its cluster: on its own turn it would find no room.
    const withoutKeep = fitLabels(CROWD, [], STYLE);
    const keep = new Set([12, 37]);
    const spots = fitLabels(CROWD, [], STYLE, (i) => keep.has(i));
    expect(spots[12]).not.toBeNull();
    expect(spots[37]).not.toBeNull();
    expect(withoutKeep.filter(Boolean).length).toBeGreaterThanOrEqual(
      spots.filter(Boolean).length - 2,
    );
    const placed = spots.filter((spot) => spot !== null);
    for (const [k, spot] of placed.entries())
      for (const other of placed.slice(k + 1))
        expect(rectsOverlap(spot.box, other.box)).toBe(false);
  });

  it('labels every point of a scene with room, as placeLabels does', () => {
    const four = [
      { x: 300, y: 250, text: 'A1' },
      { x: 287, y: 237, text: 'A2' },
      { x: 125, y: 75, text: 'B1' },
      { x: 137, y: 87, text: 'B2' },
    ];
    expect(fitLabels(four, [], STYLE)).toEqual(placeLabels(four, [], STYLE));
  });
});
