// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayStore, enterPresentation, leavePresentation, onFullscreenChange } from './display';

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
  const eventFires = onFullscreenChange;
  return { takesEffect, eventFires };
}

describe('presentation and full screen', () => {
  let browser: ReturnType<typeof fakeFullscreen>;
  beforeEach(() => {
    browser = fakeFullscreen();
  });
  afterEach(() => {
    displayStore.setState({ presenting: false });
  });

  it('leaving full screen with the browser’s own Escape leaves presentation', async () => {
    enterPresentation(true);
    await browser.takesEffect();
    browser.eventFires();
    expect(displayStore.getState().presenting).toBe(true);
    void document.exitFullscreen();
    await browser.takesEffect();
    browser.eventFires();
    expect(displayStore.getState().presenting).toBe(false);
  });

  it('a quick leave and enter is not undone by the first exit’s late event', async () => {
    enterPresentation(true);
    await browser.takesEffect();
    browser.eventFires();
    leavePresentation();
    await browser.takesEffect();
    enterPresentation(true);
    // The exit's event arrives after the new request was made, before it was granted.
    browser.eventFires();
    expect(displayStore.getState().presenting).toBe(true);
    await browser.takesEffect();
    browser.eventFires();
    expect(displayStore.getState().presenting).toBe(true);
    expect(document.fullscreenElement).toBe(document.documentElement);
  });

  it('leaving before the browser grants full screen takes full screen away again', async () => {
    enterPresentation(true);
    leavePresentation();
    await browser.takesEffect();
    browser.eventFires();
    expect(document.fullscreenElement).toBe(document.documentElement);
    await browser.takesEffect();
    browser.eventFires();
    expect(document.fullscreenElement).toBeNull();
    expect(displayStore.getState().presenting).toBe(false);
  });
});
