import { MARGIN } from '../../engine';
import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { connectHash, type AddressBar } from './hashSync';
import { sceneToData } from '../codec/sceneFile';
import {
  connectStorage,
  readSaved,
  SAVE_VERSION,
  STORAGE_KEY,
  storageOf,
  UNREADABLE_KEY,
} from './storage';
import { createExplorerStore } from '../store/store';
import { fakeStorage } from '../../testing/fakeBrowser';

const NAMED = (name: string) => Object.assign(new Error(name), { name });

const envelope = (scene: unknown, version = SAVE_VERSION) =>
  JSON.stringify({ version, savedAt: '2026-01-01T00:00:00.000Z', scene });

const edited = { ...defaultScene, margin: 0.5 };

/** Drags point A1 over ten frames to (x, 0.2) and lets go, as the page does. */
function drag(store: ReturnType<typeof createExplorerStore>, x = 0.7) {
  const from = store.getState().scene.points[0]!.x;
  for (let frame = 1; frame < 10; frame++)
    store.getState().movePoint(0, from + ((x - from) * frame) / 10, 0.2);
  store.getState().movePoint(0, x, 0.2);
  store.getState().commitEdit();
}

describe('autosave', () => {
  it('saves once when an edit ends, not once a frame, in a versioned envelope', () => {
    const { storage, items, writes } = fakeStorage();
    const store = createExplorerStore();
    connectStorage(store, storage);
    drag(store);
    expect(writes).toEqual([STORAGE_KEY]);
    const saved = JSON.parse(items.get(STORAGE_KEY)!) as Record<string, unknown>;
    expect(saved).toMatchObject({ version: 1, scene: { version: 1, margin: 1 } });
    expect(Number.isNaN(Date.parse(saved.savedAt as string))).toBe(false);
    const reading = readSaved(storage);
    expect(reading.kind === 'scene' && reading.scene.points[0]).toEqual({
      label: 'A1',
      identity: 'alice',
      x: 0.7,
      y: 0.2,
    });
  });

  it('restores the saved scene, with no undo step and no notice', () => {
    const { storage } = fakeStorage({ [STORAGE_KEY]: envelope(sceneToData(edited)) });
    const store = createExplorerStore();
    const autosave = connectStorage(store, storage);
    expect(store.getState().scene).toEqual(edited);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().notice).toBeNull();
    expect(autosave.latest()).toEqual(edited);
  });

  it('tells nothing and saves nothing while there is nothing saved and no edit', () => {
    const { storage, writes } = fakeStorage();
    const store = createExplorerStore();
    expect(readSaved(storage)).toEqual({ kind: 'none' });
    connectStorage(store, storage);
    expect(store.getState().notice).toBeNull();
    expect(writes).toEqual([]);
  });

  it('works without storage and says so once', () => {
    const store = createExplorerStore();
    connectStorage(store, null);
    expect(store.getState().notice?.title).toMatch(/not being saved in this browser/);
    store.getState().dismissNotice();
    drag(store);
    store.getState().setKnob(MARGIN, 2);
    store.getState().commitEdit();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().scene.margin).toBe(2);
  });

  it('treats a browser that refuses access to storage as having none', () => {
    const refusing = {
      get localStorage(): Storage {
        throw NAMED('SecurityError');
      },
    };
    expect(storageOf(refusing)).toBeNull();
    expect(storageOf({ localStorage: fakeStorage().storage as Storage })).not.toBeNull();
  });

  it('says once when getItem throws, and never writes over what it could not read', () => {
    const { storage, writes } = fakeStorage({}, { get: NAMED('SecurityError') });
    const store = createExplorerStore();
    connectStorage(store, storage);
    expect(store.getState().notice?.problems.join()).toMatch(
      /does not let the page use its storage/,
    );
    store.getState().dismissNotice();
    drag(store);
    expect(writes).toEqual([]);
    expect(store.getState().notice).toBeNull();
  });

  it('says once when the storage is full, and keeps trying on later edits', () => {
    const { storage } = fakeStorage({}, { set: NAMED('QuotaExceededError') });
    const store = createExplorerStore();
    connectStorage(store, storage);
    expect(store.getState().notice).toBeNull();
    drag(store);
    expect(store.getState().notice).toMatchObject({
      title: 'Your work is not being saved in this browser',
      problems: [expect.stringMatching(/storage for the page is full/)],
    });
    store.getState().dismissNotice();
    drag(store, 0.6);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().scene.points[0]?.x).toBe(0.6);
  });

  it.each([
    ['not JSON', '{not json', /not JSON; it begins "\{not json"/],
    ['no envelope', '{"margin": 1}', /no version or save time/],
    ['a newer save', envelope(sceneToData(edited), 2), /newer version of this page/],
    ['a broken scene', envelope({ version: 1, points: [] }), /no points/],
  ])('sets %s aside, shows the example and says so', (_name, text, expected) => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: text });
    const store = createExplorerStore();
    connectStorage(store, storage);
    expect(items.get(UNREADABLE_KEY)).toBe(text);
    expect(items.has(STORAGE_KEY)).toBe(false);
    expect(store.getState().scene).toBe(defaultScene);
    const { title, problems } = store.getState().notice!;
    expect(title).toMatch(/saved scene could not be read/);
    expect(problems.join('\n')).toMatch(expected);
    expect(problems.join('\n')).toMatch(/moved aside under "contrastive-loss:unreadable"/);
    drag(store);
    expect(readSaved(storage).kind).toBe('scene');
  });

  it('leaves an unreadable value in place, never saved over, when it cannot be moved aside', () => {
    const { storage, items } = fakeStorage(
      { [STORAGE_KEY]: '{not json' },
      { set: NAMED('QuotaExceededError'), setKey: UNREADABLE_KEY },
    );
    const store = createExplorerStore();
    connectStorage(store, storage);
    expect(store.getState().notice?.problems.join()).toMatch(/could not be moved aside/);
    drag(store);
    expect(items.get(STORAGE_KEY)).toBe('{not json');
  });
});

/** An address bar whose hash can be set; enough for the start of the page. */
function addressBar(hash: string): AddressBar & { location: { hash: string } } {
  const bar = {
    location: { hash },
    history: {
      replaceState: (_d: unknown, _u: string, url: string) => void (bar.location.hash = url),
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return bar;
}

describe('autosave and links, in the order the page starts them', () => {
  const start = (hash: string, saved = sceneToData(edited)) => {
    const original = envelope(saved);
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: original });
    const store = createExplorerStore();
    connectHash(store, addressBar(hash), { autosave: connectStorage(store, storage) });
    return { store, items, original };
  };

  it('opens the saved scene in the lab when the link holds no scene, or only view keys', () => {
    expect(start('#lab=1').store.getState().scene).toEqual(edited);
    expect(start('#present=1&hide=table').store.getState().scene).toEqual(edited);
  });

  it('saves nothing the article’s figure shows: the lab’s saved scene waits for the lab', () => {
    const { store, items, original } = start('');
    expect(store.getState().display.room).toBe('article');
    store.getState().loadScene(defaultScene);
    store.getState().setKnob(MARGIN, 3);
    store.getState().commitEdit();
    expect(items.get(STORAGE_KEY)).toBe(original);
  });

  it('lets a link win, and does not save the link’s scene until it is edited', () => {
    const { store, items } = start('#m=2&p=a,x,0,0&p=b,y,1,0');
    expect(store.getState().scene.margin).toBe(2);
    expect(
      readSaved(fakeStorage({ [STORAGE_KEY]: items.get(STORAGE_KEY)! }).storage),
    ).toMatchObject({ scene: { margin: 0.5 } });
    store.getState().setKnob(MARGIN, 3);
    store.getState().commitEdit();
    expect(items.get(STORAGE_KEY)).toContain('"margin":3');
  });

  it('never overwrites the saved scene with a broken link, and offers it back', () => {
    const { store, items, original } = start('#m=oops');
    expect(store.getState().scene).toBe(defaultScene);
    expect(store.getState().notice?.previous).toEqual(edited);
    expect(items.get(STORAGE_KEY)).toBe(original);
    store.getState().restorePrevious();
    expect(store.getState().scene).toEqual(edited);
  });
});
