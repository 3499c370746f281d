// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import type { Scene } from '../../../scene/model';
import { renderWithStore } from '../../../testing/renderExplorer';
import { PAGE_SIZE, TripletPanel } from './TripletPanel';

afterEach(cleanup);

const rows = () => screen.queryAllByTestId('triplet-row');
const names = () => rows().map((row) => row.dataset.triplet);

/** The worked example's points, every pair scored, under the triplet loss. */
const DEFAULT: Scene = { ...defaultScene, loss: 'triplet', pairs: 'all' };

/**
 * Twelve points of three people, one unit apart on a line (so every distance is a whole number
 * and no triplet sits on a boundary): every kind of triplet, and more than a page.
 */
const TWELVE: Scene = {
  margin: 2.5,
  loss: 'triplet',
  pairs: 'all',
  points: Array.from({ length: 12 }, (_, i) => ({
    label: `P${i}`,
    identity: ['ann', 'ben', 'cat'][i % 3]!,
    x: i,
    y: 0,
  })),
};

describe('the triplet table', () => {
  it('lists the default scene’s eight triplets with their exact losses', () => {
    renderWithStore(<TripletPanel />, DEFAULT);
    expect(names()).toEqual([
      'A1,A2,B1',
      'A1,A2,B2',
      'A2,A1,B1',
      'A2,A1,B2',
      'B1,B2,A1',
      'B1,B2,A2',
      'B2,B1,A1',
      'B2,B1,A2',
    ]);
    // A2 → A1 → B2: √0.005 − √0.72 + 1.
    const loss = Number(rows()[3]!.dataset.loss);
    expect(loss).toBeCloseTo(Math.sqrt(0.005) - Math.sqrt(0.72) + 1, 15);
    expect(rows()[3]!.textContent).toContain('0.2222');
    expect(screen.getByTestId('triplet-count').dataset.value).toBe('8');
    expect(screen.getByRole('radio', { name: 'Semi-hard 8' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Easy 0' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages of triplets' })).toBeNull();
  });

  it('makes a chosen row’s anchor the active point, and can keep to that anchor', () => {
    const { store } = renderWithStore(<TripletPanel />, DEFAULT);
    const only = () => screen.getByRole<HTMLInputElement>('checkbox');
    expect(only().disabled).toBe(true);
    fireEvent.keyDown(rows()[3]!, { key: 'Enter' });
    expect(store.getState().activePoint).toBe(1);
    expect(rows()[3]!.getAttribute('aria-selected')).toBe('true');
    expect(rows().filter((row) => row.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    fireEvent.click(only());
    expect(names()).toEqual(['A2,A1,B1', 'A2,A1,B2']);
    fireEvent.pointerEnter(rows()[0]!);
    expect(store.getState().highlight).toEqual({ kind: 'point', index: 1 });
  });

  it('filters by kind, each row of the kind the definition gives', () => {
    renderWithStore(<TripletPanel />, TWELVE);
    for (const [name, kind] of [
      ['Hard', 'hard'],
      ['Semi-hard', 'semi-hard'],
      ['Easy', 'easy'],
    ] as const) {
      fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${name} \\d`) }));
      expect(rows().length).toBeGreaterThan(0);
      for (const row of rows()) {
        const [a, p, n] = row.dataset.triplet!.split(',').map((label) => Number(label.slice(1)));
        const dap = Math.abs(a! - p!);
        const dan = Math.abs(a! - n!);
        expect(dan < dap ? 'hard' : dan < dap + 2.5 ? 'semi-hard' : 'easy').toBe(kind);
        expect(row.dataset.kind).toBe(kind);
        expect(Number(row.dataset.loss)).toBe(Math.max(dap - dan + 2.5, 0));
      }
    }
  });

  it('pages through the triplets and follows a moving point', () => {
    const { store } = renderWithStore(<TripletPanel />, TWELVE);
    // Each of the 12 points has 3 positives and 8 negatives.
    const total = 12 * 3 * 8;
    expect(rows()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(`Rows 1–25 of ${total}`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(`Rows 26–50 of ${total}`)).toBeTruthy();
    // Anchor P0 has 24 triplets, so the second page opens with P1's second.
    expect(names()[0]).toBe('P1,P4,P2');
    const before = rows()[0]!.dataset.loss;
    act(() => store.getState().movePoint(2, 2, 1.5));
    expect(names()[0]).toBe('P1,P4,P2');
    expect(rows()[0]!.dataset.loss).not.toBe(before);
    // D(P1, P4) = 3, D(P1, P2) = √(1² + 1.5²).
    expect(Number(rows()[0]!.dataset.loss)).toBeCloseTo(3 - Math.hypot(1, 1.5) + 2.5, 12);
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(names()[0]).toBe('P0,P3,P1');
  });
});
