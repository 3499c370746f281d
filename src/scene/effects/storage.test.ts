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
  type SceneStorage,
} from './storage';
import { createExplorerStore } from '../store/store';
import { LESSON_STORAGE_KEY, readSavedLesson } from './savedLesson';

const NAMED = (name: string) => Object.assign(new Error(name), { name });

/** A storage kept in a Map, which can be told to fail the way browsers do. */
function fakeStorage(
  entries: Record<string, string> = {},
  fail: { get?: Error; set?: Error; setKey?: string } = {},
) {
  const items = new Map(Object.entries(entries));
  const writes: string[] = [];
  const storage: SceneStorage = {
    getItem(key) {
      if (fail.get) throw fail.get;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set && (!fail.setKey || fail.setKey === key)) throw fail.set;
      writes.push(key);
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items, writes };
}

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

  it('opens the saved scene when there is no link, or only view keys', () => {
    expect(start('').store.getState().scene).toEqual(edited);
    expect(start('#present=1&hide=table').store.getState().scene).toEqual(edited);
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

describe('the kept lesson', () => {
  it('keeps each edit of the lesson, and brings it back on the next visit with no undo step', () => {
    const { storage, items } = fakeStorage();
    const store = createExplorerStore();
    connectStorage(store, storage);
    store.getState().addStep();
    store.getState().setStepCaption(0, 'Kept');
    const next = createExplorerStore();
    connectStorage(next, fakeStorage(Object.fromEntries(items)).storage);
    expect(next.getState().lesson.steps.map((step) => step.caption)).toEqual(['Kept']);
    expect(next.getState().past).toEqual([]);
    store.getState().clearLesson();
    expect(items.has(LESSON_STORAGE_KEY)).toBe(false);
  });

  it('opens the kept lesson at its step, shown only if the kept scene is still that step’s', () => {
    const { storage, items } = fakeStorage();
    const store = createExplorerStore();
    connectStorage(store, storage);
    store.getState().addStep();
    store.getState().setStepCaption(0, 'The example');
    store.getState().setKnob(MARGIN, 0.5);
    store.getState().addStep();
    store.getState().setStepCaption(1, 'A smaller margin');
    const reopen = () => {
      const next = createExplorerStore();
      connectStorage(next, fakeStorage(Object.fromEntries(items)).storage);
      return next.getState();
    };
    const onStep2 = reopen();
    expect(onStep2).toMatchObject({ lessonAt: 1, scene: { margin: 0.5 } });
    expect(onStep2.stepScene).toBe(onStep2.scene);
    // Going to a step is kept too, with the scene it loads.
    store.getState().goToStep(0);
    store.getState().glideTo(1);
    expect(reopen()).toMatchObject({ lessonAt: 0, scene: { margin: 1 } });
    expect(reopen().stepScene).not.toBeNull();
    // A point dragged away from step 1 is the teacher's own scene: no step is on screen.
    drag(store);
    expect(reopen()).toMatchObject({ lessonAt: 0, stepScene: null, past: [] });
    expect(reopen().scene.points[0]).toMatchObject({ x: 0.7, y: 0.2 });
  });

  it('opens a lesson kept without its step, or past its end, at step 1', () => {
    const lesson = { kind: 'lesson', version: 1, steps: [{ scene: sceneToData(defaultScene) }] };
    for (const kept of [lesson, { ...lesson, at: 4 }, { ...lesson, at: '1' }]) {
      const store = createExplorerStore();
      connectStorage(store, fakeStorage({ [LESSON_STORAGE_KEY]: JSON.stringify(kept) }).storage);
      expect(store.getState()).toMatchObject({ lessonAt: 0, stepScene: defaultScene });
    }
  });

  it('does not keep a lesson that came by link until it is edited', () => {
    const { storage, items } = fakeStorage();
    const store = createExplorerStore();
    connectHash(store, addressBar('#step=m=1;p=a,x,0,0;p=b,y,1,0;cap=Linked'), {
      autosave: connectStorage(store, storage),
    });
    expect(store.getState().lesson.steps).toHaveLength(1);
    expect(items.has(LESSON_STORAGE_KEY)).toBe(false);
    store.getState().setStepCaption(0, 'Mine now');
    expect(readSavedLesson(storage)).toMatchObject({
      kind: 'lesson',
      lesson: { steps: [{ caption: 'Mine now' }] },
    });
  });

  it('leaves a kept lesson it cannot read where it is, says so, and does not save over it', () => {
    const { storage, items } = fakeStorage({
      [LESSON_STORAGE_KEY]: '{"kind":"lesson","version":9}',
    });
    const store = createExplorerStore();
    connectStorage(store, storage);
    expect(store.getState().notice?.title).toBe(
      'Your kept lesson could not be read, so it was not opened',
    );
    store.getState().addStep();
    expect(items.get(LESSON_STORAGE_KEY)).toBe('{"kind":"lesson","version":9}');
  });
});
