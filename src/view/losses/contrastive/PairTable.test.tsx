// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scene } from '../../../scene/model';
import { FIGURE_BESIDE_ARTICLE } from '../../kit/measure';
import { stubMediaQueries } from '../../../testing/mediaQueries';
import { renderWithStore } from '../../../testing/renderExplorer';
import { PairTable } from './PairTable';

let wide = false;
beforeEach(() => {
  wide = false;
  return stubMediaQueries((query) => query === FIGURE_BESIDE_ARTICLE && wide);
});
afterEach(cleanup);

const rows = () => screen.getAllByTestId('pair-row');

describe('the table of pair losses', () => {
  it('shows the worked example, marks the largest pair and sums the total', () => {
    renderWithStore(<PairTable />);
    expect(rows().map((r) => r.dataset.pair)).toEqual(['A1,A2', 'A1,B1', 'A2,B2', 'B1,B2']);
    expect(rows().map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
      '0.0050',
      '0.0001',
      '0.0229',
      '0.0050',
    ]);
    expect(within(rows()[2]!).getByText('largest')).toBeTruthy();
    expect(screen.getByTestId('table-total').textContent).toBe('0.0330');
  });

  it('keeps its caption for screen readers only when the figure sits beside the article', () => {
    renderWithStore(<PairTable />);
    const caption = screen.getByText('Loss of each pair', { exact: false });
    expect(caption.className).toBe('');
    cleanup();
    wide = true;
    renderWithStore(<PairTable />);
    expect(screen.getByText('Loss of each pair', { exact: false }).className).toBe(
      'visually-hidden',
    );
  });

  it('follows the store: a move changes the row and the total at once', () => {
    const { store } = renderWithStore(<PairTable />);
    fireEvent.pointerEnter(rows()[1]!);
    expect(store.getState().highlight).toEqual({ kind: 'pair', index: 1 });
    act(() => store.getState().movePoint(3, 0.75, 1.25));
    expect(rows()[2]!.dataset.loss).toBe('0');
    expect(screen.getByTestId('table-total').textContent).toBe('0.5501');
  });

  it('keeps the first 200 pairs in the page and pages through the rest', () => {
    const points = Array.from({ length: 30 }, (_, i) => ({
      label: `P${i}`,
      identity: `id${i % 3}`,
      x: i,
      y: 0,
    }));
    const scene: Scene = { margin: 1, points, pairs: 'all' };
    renderWithStore(<PairTable />, scene);
    expect(rows()).toHaveLength(200);
    expect(rows()[0]!.dataset.pair).toBe('P0,P1');
    expect(screen.getByText('Pairs 1–200 of 435')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(rows()[0]!.dataset.pair).toBe('P7,P26');
    expect(screen.getByText('Pairs 201–400 of 435')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(rows()).toHaveLength(35);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next' }).disabled).toBe(true);
  });
});
