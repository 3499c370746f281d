// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServiceWorker } from '../../testing/fakeServiceWorker';
import { watchUpdates } from './pageUpdates';
import { UpdateNotice } from './UpdateNotice';

afterEach(cleanup);

function renderNotice() {
  const worker = fakeServiceWorker();
  render(<UpdateNotice updates={watchUpdates(worker.register, worker.environment)} />);
  return worker;
}

describe('the update notice', () => {
  it('keeps an empty status region until a new version waits', () => {
    renderNotice();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says a new version is ready and reloads into it when asked', () => {
    const worker = renderNotice();
    act(() => worker.newVersion());
    expect(screen.getByRole('status').textContent).toContain(
      'A new version of this page is ready.',
    );
    expect(worker.reloads).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(worker.reloads).toEqual([true]);
  });

  it('goes away on Later without reloading', () => {
    const worker = renderNotice();
    act(() => worker.newVersion());
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(worker.reloads).toEqual([]);
  });
});
