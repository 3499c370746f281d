// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pager } from './Pager';

afterEach(cleanup);

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('the pager under a table', () => {
  it('is not there when everything fits on one page', () => {
    render(
      <Pager label="Pages of pairs" page={0} pages={1} onPage={() => {}}>
        Pairs 1–4 of 4
      </Pager>,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('names itself, says which rows show, and steps one page either way', () => {
    const onPage = vi.fn();
    render(
      <Pager label="Pages of pairs" page={1} pages={3} onPage={onPage}>
        Pairs 201–400 of 600
      </Pager>,
    );
    expect(screen.getByRole('navigation', { name: 'Pages of pairs' }).textContent).toContain(
      'Pairs 201–400 of 600',
    );
    fireEvent.click(button('Previous'));
    fireEvent.click(button('Next'));
    expect(onPage.mock.calls).toEqual([[0], [2]]);
  });

  it('cannot step before the first page or past the last, and shows a shortcut beside Next', () => {
    const { rerender } = render(
      <Pager label="Pages" page={0} pages={2} onPage={() => {}} extra={<button>B1's rows</button>}>
        Rows
      </Pager>,
    );
    expect([button('Previous').disabled, button('Next').disabled]).toEqual([true, false]);
    expect(button("B1's rows")).toBeTruthy();
    rerender(
      <Pager label="Pages" page={1} pages={2} onPage={() => {}}>
        Rows
      </Pager>,
    );
    expect([button('Previous').disabled, button('Next').disabled]).toEqual([false, true]);
  });
});
