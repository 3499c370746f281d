// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createExplorerStore, type ExplorerStore } from '../../scene/store/store';
import { enterPresentation, leavePresentation, onFullscreenChange } from './display';

/**
 * A browser's full screen, answered by hand. As in a browser, a request or an exit first takes
 * effect (`fullscreenElement` changes, its promise settles) and its `fullscreenchange` event comes
 * later, with the next frame.
 */
function fakeFullscreen() {
  let element: Element | null = null;
  const pending: (() => void)[] = [];
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
  const settle = (next: Element | null) =>
    new Promise<void>((resolve) => {
      pending.push(() => {
        element = next;
        resolve();
      });
    });
  document.documentElement.requestFullscreen = () => settle(document.documentElement);
  document.exitFullscreen = () => settle(null);
  const takesEffect = async () => {
    pending.shift()?.();
    await Promise.resolve();
  };
  return { takesEffect };
}

describe('presentation and full screen', () => {
  let browser: ReturnType<typeof fakeFullscreen> & { eventFires: () => void };
  let store: ExplorerStore;
  const presenting = () => store.getState().display.presenting;
  beforeEach(() => {
    store = createExplorerStore();
    browser = { ...fakeFullscreen(), eventFires: () => onFullscreenChange(store) };
  });

  it('leaving full screen with the browser’s own Escape leaves presentation', async () => {
    enterPresentation(store, true);
    await browser.takesEffect();
    browser.eventFires();
    expect(presenting()).toBe(true);
    void document.exitFullscreen();
    await browser.takesEffect();
    browser.eventFires();
    expect(presenting()).toBe(false);
  });

  it('a quick leave and enter is not undone by the first exit’s late event', async () => {
    enterPresentation(store, true);
    await browser.takesEffect();
    browser.eventFires();
    leavePresentation(store);
    await browser.takesEffect();
    enterPresentation(store, true);
    // The exit's event arrives after the new request was made, before it was granted.
    browser.eventFires();
    expect(presenting()).toBe(true);
    await browser.takesEffect();
    browser.eventFires();
    expect(presenting()).toBe(true);
    expect(document.fullscreenElement).toBe(document.documentElement);
  });

  it('leaving before the browser grants full screen takes full screen away again', async () => {
    enterPresentation(store, true);
    leavePresentation(store);
    await browser.takesEffect();
    browser.eventFires();
    expect(document.fullscreenElement).toBe(document.documentElement);
    await browser.takesEffect();
    browser.eventFires();
    expect(document.fullscreenElement).toBeNull();
    expect(presenting()).toBe(false);
  });
});
