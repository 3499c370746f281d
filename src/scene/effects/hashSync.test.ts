import { MARGIN } from '../../engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScene } from '../defaultScene';
import { connectHash, type AddressBar } from './hashSync';
import { sceneToHash } from '../codec/link';
import { createExplorerStore } from '../store/store';
import { hiddenNow } from '../store/storeDisplay';

/** A stand-in for the address bar that records what the page writes into it. */
function fakeAddressBar(hash: string) {
  const listeners = new Map<string, () => void>();
  const writes: string[] = [];
  const bar: AddressBar & { location: { hash: string } } = {
    location: { hash },
    history: {
      replaceState(_data, _unused, url) {
        writes.push(url);
        bar.location.hash = url;
      },
    },
    addEventListener: (type, listener) => listeners.set(type, listener),
    removeEventListener: (type) => listeners.delete(type),
  };
  const typeHash = (typed: string) => {
    bar.location.hash = typed;
    listeners.get('hashchange')?.();
  };
  return { bar, writes, typeHash };
}

describe('the hash follows the scene', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads the scene a link holds', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar('#m=2&p=a,x,0,0&p=b,y,1,0');
    connectHash(store, bar);
    expect(store.getState().scene).toMatchObject({ margin: 2, pairs: 'all' });
  });

  it('writes a drag into the hash throttled, ending on its final position', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar('');
    connectHash(store, bar, { interval: 250 });
    for (let step = 1; step <= 50; step++) {
      store.getState().movePoint(0, (80 - step) / 100, 0.2);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(300);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(8);
    expect(bar.location.hash).toBe(`#${sceneToHash(store.getState().scene)}`);
    expect(bar.location.hash).toContain('p=A1,alice,0.3,0.2');
  });

  it('writes nothing during a gesture, and the final scene in the task that ends it', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar('');
    connectHash(store, bar, { interval: 250 });
    store.getState().beginGesture();
    for (let step = 1; step <= 50; step++) {
      store.getState().movePoint(0, (80 - step) / 100, 0.2);
      vi.advanceTimersByTime(16);
    }
    expect(writes).toEqual([]);
    store.getState().endGesture();
    // No timer has run: the pointer-up's own task wrote it.
    expect(writes).toHaveLength(1);
    expect(bar.location.hash).toBe(`#${sceneToHash(store.getState().scene)}`);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1);
  });

  it('writes a change nobody is making by hand when the page is idle', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar('');
    const idle: (() => void)[] = [];
    connectHash(
      store,
      { ...bar, requestIdleCallback: (callback) => idle.push(callback) },
      {
        interval: 250,
      },
    );
    store.getState().setKnob(MARGIN, 0.5);
    vi.advanceTimersByTime(300);
    expect(writes).toEqual([]);
    idle.shift()!();
    expect(writes).toEqual([`#${sceneToHash(store.getState().scene)}`]);
  });

  it('keeps a broken link in the address bar and shows the example with a notice', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar('#m=oops');
    connectHash(store, bar);
    vi.advanceTimersByTime(1000);
    expect(store.getState().scene).toBe(defaultScene);
    expect(store.getState().notice?.problems.join()).toMatch(/m=oops/);
    expect(writes).toEqual([]);
  });

  it('loads a hash typed by hand, and clears an earlier notice', () => {
    const store = createExplorerStore();
    const { bar, typeHash } = fakeAddressBar('#m=oops');
    connectHash(store, bar);
    typeHash('#m=0.5&p=a,x,0,0&p=b,y,0.2,0');
    expect(store.getState().scene.margin).toBe(0.5);
    expect(store.getState().notice).toBeNull();
  });

  it('shows the example scene when the hash is emptied by hand', () => {
    const store = createExplorerStore();
    const { bar, typeHash } = fakeAddressBar('#m=0.5&p=a,x,0,0');
    connectHash(store, bar);
    typeHash('');
    expect(store.getState().scene).toEqual(defaultScene);
  });

  it('keeps the keys that are neither the scene’s nor the display’s when it rewrites the hash', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(
      `#present=1&${sceneToHash(defaultScene)}&hide=table,training&zoom=3`,
    );
    connectHash(store, bar, { interval: 250 });
    store.getState().movePoint(0, 0.5, 0.5);
    vi.advanceTimersByTime(300);
    expect(bar.location.hash).toBe(
      `#${sceneToHash(store.getState().scene)}&hide=table,training&zoom=3&present=1`,
    );
    expect(bar.location.hash).toContain('p=A1,alice,0.5,0.5');
  });

  it('writes the scene beside view keys a link held alone', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar('#present=1');
    connectHash(store, bar, { interval: 250 });
    expect(store.getState().notice).toBeNull();
    store.getState().setKnob(MARGIN, 2);
    vi.advanceTimersByTime(300);
    expect(bar.location.hash).toBe(`#${sceneToHash({ ...defaultScene, margin: 2 })}&present=1`);
  });

  it('shows the user’s latest scene, not the example, when the hash is emptied', () => {
    const store = createExplorerStore();
    const mine = { ...defaultScene, margin: 0.25 };
    const { bar, typeHash } = fakeAddressBar('#m=0.5&p=a,x,0,0');
    connectHash(store, bar, { autosave: { latest: () => mine, quietly: (change) => change() } });
    typeHash('');
    expect(store.getState().scene).toEqual(mine);
  });
});

describe('the hash follows the display', () => {
  const link = sceneToHash(defaultScene);

  it('reads the view keys a link opens with, and again when the hash is edited by hand', () => {
    const store = createExplorerStore();
    const { bar, typeHash } = fakeAddressBar(`#${link}&present=1&contrast=high&hide=toolbar`);
    connectHash(store, bar);
    expect(store.getState().display).toMatchObject({
      presenting: true,
      contrast: true,
      landscape: false,
      hidden: ['toolbar'],
    });
    typeHash(`#${link}&landscape=1`);
    expect(store.getState().display).toMatchObject({
      presenting: false,
      contrast: false,
      landscape: true,
      hidden: [],
    });
  });

  it('writes a change of display at once, the scene’s keys kept as they were', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar(`#${link}&hide=toolbar`);
    connectHash(store, bar);
    store.getState().setPresenting(true);
    expect(bar.location.hash).toBe(`#${link}&hide=toolbar&present=1`);
    store.getState().setContrast(true);
    store.getState().setPresenting(false);
    expect(bar.location.hash).toBe(`#${link}&hide=toolbar&contrast=high`);
    expect(writes).toHaveLength(3);
  });

  it('while a key is down, writes the display when it comes up', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#${link}`);
    connectHash(store, bar);
    store.getState().beginGesture();
    store.getState().setPresenting(true);
    expect(bar.location.hash).toBe(`#${link}`);
    store.getState().endGesture();
    expect(bar.location.hash).toBe(`#${link}&present=1`);
  });

  it('keeps embed=1 as written through edits of the scene and of the display', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#${link}&embed=1&hide=tabs`);
    connectHash(store, bar);
    expect(store.getState().display).toMatchObject({ embedded: true, hidden: ['tabs'] });
    store.getState().beginGesture();
    store.getState().movePoint(0, 0.5, 0.5);
    store.getState().endGesture();
    const moved = sceneToHash(store.getState().scene);
    expect(moved).toContain('p=A1,alice,0.5,0.5');
    expect(bar.location.hash).toBe(`#${moved}&embed=1&hide=tabs`);
    store.getState().setContrast(true);
    expect(bar.location.hash).toBe(`#${moved}&embed=1&hide=tabs&contrast=high`);
    expect(store.getState().display.embedded).toBe(true);
  });

  it('never presents in a frame, whatever the embed link says', () => {
    const store = createExplorerStore();
    const { bar } = fakeAddressBar(`#${link}&present=1&embed=1`);
    connectHash(store, bar);
    expect(store.getState().display).toMatchObject({ embedded: true, presenting: false });
  });

  it('does not write back the view keys it has just read', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar(`#present=1&${link}`);
    connectHash(store, bar);
    expect(store.getState().display.presenting).toBe(true);
    expect(writes).toEqual([]);
  });
});

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
