// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeBanner } from './NoticeBanner';
import { renderWithStore } from '../../testing/renderExplorer';

afterEach(cleanup);

describe('the notice', () => {
  it('is absent until something goes wrong', () => {
    renderWithStore(<NoticeBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists the problems and offers back the scene a broken link replaced', () => {
    const { store } = renderWithStore(<NoticeBanner />);
    act(() => {
      store.getState().movePoint(0, 0, 0);
      store.getState().rejectLink(['The margin "m=x" is not a number.']);
    });
    expect(screen.getByRole('alert').textContent).toContain('The margin "m=x" is not a number.');
    fireEvent.click(screen.getByRole('button', { name: 'Bring back the scene I had' }));
    expect(store.getState().scene.points[0]).toMatchObject({ x: 0, y: 0 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
