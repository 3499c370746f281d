import { hsl } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  cellAt,
  matrixLayout,
  MAX_MATRIX_POINTS,
  movedCell,
  similarityScale,
} from './heatmapModel';

const labels = (n: number) => Array.from({ length: n }, (_, i) => `P${i}`);

describe('the similarity matrix layout', () => {
  it('groups the points by identity, keeping scene order within each', () => {
    const layout = matrixLayout(Int32Array.from([0, 1, 0, 2, 1]), labels(5), 600);
    expect(layout.order).toEqual([0, 2, 1, 4, 3]);
    expect(layout.total).toBe(5);
  });

  it('shows at most 60 points, fitted to the width, naming every few rows when cells are small', () => {
    const layout = matrixLayout(new Int32Array(2000), labels(2000), 560);
    expect(layout.order).toHaveLength(MAX_MATRIX_POINTS);
    expect(layout.order).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(layout.total).toBe(2000);
    expect(layout.left + layout.side).toBeLessThanOrEqual(560);
    expect(layout.labelEvery).toBeGreaterThan(1);
    expect([layout.showValues, layout.upright]).toEqual([false, false]);
  });

  it('gives a few points big cells that print their cosines, labels upright above', () => {
    const layout = matrixLayout(Int32Array.from([0, 0, 1, 1]), labels(4), 560);
    expect(layout.cell).toBe(52);
    expect(layout.side).toBe(208);
    expect([layout.showValues, layout.upright, layout.labelEvery]).toEqual([true, true, 1]);
    expect(layout.top).toBeLessThan(layout.left + 20);
  });

  it('finds the cell under the pointer, and none outside', () => {
    const layout = matrixLayout(Int32Array.from([0, 0, 1, 1]), labels(4), 560);
    expect(cellAt(layout, 60, 110)).toEqual({ row: 2, column: 1 });
    expect(cellAt(layout, -1, 10)).toBeNull();
    expect(cellAt(layout, 10, layout.side)).toBeNull();
  });

  it('moves the keyboard cursor and holds it inside', () => {
    expect(movedCell({ row: 0, column: 0 }, 'ArrowDown', 4)).toEqual({ row: 1, column: 0 });
    expect(movedCell({ row: 0, column: 0 }, 'ArrowUp', 4)).toEqual({ row: 0, column: 0 });
    expect(movedCell({ row: 2, column: 1 }, 'End', 4)).toEqual({ row: 2, column: 3 });
    expect(movedCell({ row: 2, column: 1 }, 'Home', 4)).toEqual({ row: 2, column: 0 });
    expect(movedCell({ row: 2, column: 1 }, 'a', 4)).toBeNull();
  });
});

describe('the similarity colour scale', () => {
  it('fades to the card at 0 and diverges to blue at −1 and red at +1, in either theme', () => {
    for (const card of ['#ffffff', '#1c1d21']) {
      const colour = similarityScale(card);
      expect(hsl(colour(0)).formatHex()).toBe(card);
      const negative = hsl(colour(-1));
      const positive = hsl(colour(1));
      expect(negative.h).toBeGreaterThan(190);
      expect(negative.h).toBeLessThan(230);
      expect(positive.h).toBeLessThan(20);
      expect(colour(5)).toBe(colour(1));
    }
  });
});
