import { MARGIN } from '../../engine';
import { describe, expect, it } from 'vitest';
import { fakeAddressBar, fakeStorage } from '../../testing/fakeBrowser';
import { defaultScene } from '../defaultScene';
import { sceneToData } from '../codec/sceneFile';
import { connectHash } from './hashSync';
import { connectStorage } from './storage';
import { createExplorerStore } from '../store/store';
import { LESSON_STORAGE_KEY, readSavedLesson } from './savedLesson';

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
    store.getState().movePoint(0, 0.7, 0.2);
    store.getState().commitEdit();
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
    connectHash(store, fakeAddressBar('#step=m=1;p=a,x,0,0;p=b,y,1,0;cap=Linked').bar, {
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
