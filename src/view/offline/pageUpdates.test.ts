import { describe, expect, it } from 'vitest';
import { fakeServiceWorker } from '../../testing/fakeServiceWorker';
import { CHECK_INTERVAL, watchUpdates, withoutServiceWorker } from './pageUpdates';

describe('watching for a new version of the page', () => {
  it('says nothing until a new version waits, then tells every listener', () => {
    const worker = fakeServiceWorker();
    const updates = watchUpdates(worker.register, worker.environment);
    let heard = 0;
    updates.subscribe(() => (heard += 1));
    worker.registered();
    expect(updates.ready()).toBe(false);
    worker.newVersion();
    expect(updates.ready()).toBe(true);
    expect(heard).toBe(1);
  });

  it('swaps the new version in, reloading, only when asked', async () => {
    const worker = fakeServiceWorker();
    const updates = watchUpdates(worker.register, worker.environment);
    worker.newVersion();
    expect(worker.reloads).toEqual([]);
    await updates.reload();
    expect(worker.reloads).toEqual([true]);
  });

  it('goes on Later, and comes back for a still newer version', () => {
    const worker = fakeServiceWorker();
    const updates = watchUpdates(worker.register, worker.environment);
    worker.newVersion();
    updates.dismiss();
    expect(updates.ready()).toBe(false);
    worker.newVersion();
    expect(updates.ready()).toBe(true);
  });

  it('stops telling a listener that unsubscribed', () => {
    const worker = fakeServiceWorker();
    const updates = watchUpdates(worker.register, worker.environment);
    let heard = 0;
    const stop = updates.subscribe(() => (heard += 1));
    stop();
    worker.newVersion();
    expect(heard).toBe(0);
  });

  it('looks again when the tab is shown, at most once an hour and only online', () => {
    const worker = fakeServiceWorker();
    watchUpdates(worker.register, worker.environment);
    worker.registered();
    worker.show('hidden', CHECK_INTERVAL + 1);
    expect(worker.updateChecks()).toBe(0);
    worker.show('visible', CHECK_INTERVAL - 1);
    expect(worker.updateChecks()).toBe(0);
    worker.show('visible', CHECK_INTERVAL);
    expect(worker.updateChecks()).toBe(1);
    worker.show('visible', CHECK_INTERVAL + 10);
    expect(worker.updateChecks()).toBe(1);
    worker.goOffline();
    worker.show('visible', 3 * CHECK_INTERVAL);
    expect(worker.updateChecks()).toBe(1);
    worker.goOffline(false);
    worker.show('visible', 3 * CHECK_INTERVAL);
    expect(worker.updateChecks()).toBe(2);
  });

  it('takes a failed check, or a refused worker, quietly: the page works as it is', async () => {
    const worker = fakeServiceWorker();
    const updates = watchUpdates(worker.register, worker.environment);
    worker.refused();
    worker.registered();
    worker.failChecks();
    worker.show('visible', CHECK_INTERVAL);
    expect(worker.updateChecks()).toBe(1);
    // The rejected check is caught: an unhandled rejection would fail this test run.
    await Promise.resolve();
    expect(updates.ready()).toBe(false);
  });

  it('without a worker, has nothing to tell and nothing to reload into', async () => {
    const { environment } = fakeServiceWorker();
    const updates = watchUpdates(withoutServiceWorker, environment);
    expect(updates.ready()).toBe(false);
    await expect(updates.reload()).resolves.toBeUndefined();
  });
});
