import { MARGIN } from '../../engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeAddressBar } from '../../testing/fakeBrowser';
import { connectHash } from './hashSync';
import { createExplorerStore } from '../store/store';
import { hiddenNow } from '../store/storeDisplay';

describe('the hash holds the lesson', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const twoSteps = 'step=m=1;p=a,x,0,0;p=b,y,1,0;cap=First&step=m=0.5;same;hide=toolbar;cap=Second';

  it('opens a lesson link at its step, with that step’s scene', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#${twoSteps}&at=2`);
    connectHash(store, bar);
    const { lesson, lessonAt, scene, past } = store.getState();
    expect(lesson.steps.map((step) => step.caption)).toEqual(['First', 'Second']);
    expect(lessonAt).toBe(1);
    expect(scene).toMatchObject({ margin: 0.5, points: [{ label: 'a' }, { label: 'b' }] });
    // Not presented, the step hides nothing; the link's own hide= list is all.
    expect(hiddenNow(store.getState())).toEqual([]);
    // The link the page opens with starts the history.
    expect(past).toEqual([]);
  });

  it('opened in presentation, hides what the step on screen hides, and only on that step', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#${twoSteps}&at=2&present=1&hide=legend`);
    connectHash(store, bar);
    expect(hiddenNow(store.getState())).toEqual(['legend', 'toolbar']);
    store.getState().goToStep(0);
    expect(hiddenNow(store.getState())).toEqual(['legend']);
  });

  it('writes a lesson’s edit at once, and the scene’s keys only once the step is edited', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#${twoSteps}`);
    connectHash(store, bar, { interval: 250 });
    store.getState().setStepCaption(0, 'Start here');
    // Written as the page writes every scene: pairs=all is said.
    expect(bar.location.hash).toBe(
      `#${twoSteps.replace('1,0;cap=First', '1,0;pairs=all;cap=Start+here')}`,
    );
    store.getState().goToStep(1);
    store.getState().glideTo(1);
    vi.advanceTimersByTime(300);
    expect(bar.location.hash).toMatch(/^#step=.*&at=2$/);
    store.getState().setKnob(MARGIN, 0.7);
    vi.advanceTimersByTime(300);
    expect(bar.location.hash).toMatch(/^#m=0\.7&p=a,x,0,0&p=b,y,1,0&pairs=all&step=.*&at=2$/);
  });

  it('writes the step a glide is going to, never a frame on the way', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar(`#${twoSteps}`);
    connectHash(store, bar, { interval: 250 });
    store.getState().goToStep(1);
    store.getState().glideTo(0.5);
    vi.advanceTimersByTime(300);
    expect(store.getState().glide).not.toBeNull();
    expect(writes.every((url) => url.startsWith('#step='))).toBe(true);
    expect(bar.location.hash).toMatch(/^#step=.*&at=2$/);
  });

  it('shows the scene keys over the step’s when both are in the link, as no step', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#m=3&p=c,x,0,0&p=d,y,1,0&${twoSteps}&at=2`);
    connectHash(store, bar);
    expect(store.getState()).toMatchObject({ lessonAt: 1, stepScene: null, past: [] });
    expect(store.getState().scene.margin).toBe(3);
    expect(store.getState().lesson.steps).toHaveLength(2);
  });

  it('shows the step when the link’s scene keys are that step’s scene', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#m=0.5&p=a,x,0,0&p=b,y,1,0&${twoSteps}&at=2`);
    connectHash(store, bar);
    expect(store.getState()).toMatchObject({ lessonAt: 1, stepScene: store.getState().scene });
  });
});
