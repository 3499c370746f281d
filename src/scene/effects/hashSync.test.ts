import { MARGIN } from '../../engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScene } from '../defaultScene';
import { connectHash } from './hashSync';
import { sceneToHash } from '../codec/link';
import { createExplorerStore } from '../store/store';
import { fakeAddressBar } from '../../testing/fakeBrowser';

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
    const { bar, writes } = fakeAddressBar('#lab=1');
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
    const { bar, writes } = fakeAddressBar('#lab=1');
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
    const { bar, writes } = fakeAddressBar('#lab=1');
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

  it('shows the example scene when the hash is left with only lab=1', () => {
    const store = createExplorerStore();
    const { bar, typeHash } = fakeAddressBar('#m=0.5&p=a,x,0,0');
    connectHash(store, bar);
    typeHash('#lab=1');
    expect(store.getState().scene).toEqual(defaultScene);
    expect(store.getState().display.room).toBe('lab');
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
    typeHash('#lab=1');
    expect(store.getState().scene).toEqual(mine);
  });
});

describe('the hash chooses the room', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['', 'article'],
    ['#contrast=high', 'article'],
    ['#digits=4,9', 'article'],
    ['#lab=1', 'lab'],
    ['#present=1', 'lab'],
    ['#embed=1', 'lab'],
    ['#hide=toolbar', 'lab'],
    ['#m=2&p=a,x,0,0&p=b,y,1,0', 'lab'],
    ['#m=oops', 'lab'],
    [`#step=${encodeURIComponent(sceneToHash(defaultScene))}`, 'lab'],
  ])('%s opens the %s', (hash, room) => {
    const store = createExplorerStore();
    connectHash(store, fakeAddressBar(hash).bar);
    expect(store.getState().display.room).toBe(room);
  });

  it('writes no scene into the article’s hash, so a reload stays in the article', () => {
    const store = createExplorerStore();
    const { bar, writes } = fakeAddressBar('#contrast=high');
    connectHash(store, bar, { interval: 250 });
    store.getState().movePoint(0, 0.5, 0.5);
    store.getState().setContrast(false);
    vi.advanceTimersByTime(2000);
    expect(writes).toEqual(['#']);
    expect(store.getState().display.room).toBe('article');
  });

  it('goes back to the article when the hash is emptied, and leaves the scene to the story', () => {
    const store = createExplorerStore();
    const mine = { ...defaultScene, margin: 0.25 };
    const { bar, typeHash } = fakeAddressBar('#m=0.5&p=a,x,0,0');
    connectHash(store, bar, { autosave: { latest: () => mine, quietly: (change) => change() } });
    const shown = store.getState().scene;
    typeHash('');
    expect(store.getState().display.room).toBe('article');
    expect(store.getState().scene).toBe(shown);
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
