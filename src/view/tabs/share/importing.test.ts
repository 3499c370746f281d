import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { sceneToJson } from '../../../scene/codec/sceneFile';
import { createExplorerStore } from '../../../scene/store/store';
import { importFile, importText, MAX_IMPORT_BYTES } from './importing';

const moved = {
  ...defaultScene,
  margin: 0.5,
  points: defaultScene.points.map((p) => ({ ...p, x: p.x + 1 })),
};

describe('opening a scene from a file or pasted text', () => {
  it('loads a good file as one step that Undo takes back', async () => {
    const store = createExplorerStore();
    const outcome = await importFile(store, new File([sceneToJson(moved)], 'lesson.json'));
    expect(outcome).toEqual({
      ok: true,
      message: expect.stringContaining('Opened “lesson.json”: 4 points') as string,
    });
    expect(store.getState().scene).toEqual(moved);
    store.getState().undo();
    expect(store.getState().scene).toEqual(defaultScene);
  });

  it('leaves the scene alone and says what is wrong with a bad file', async () => {
    const store = createExplorerStore();
    const bad = sceneToJson(moved).replace('"x":1.8', '"x":"abc"');
    const outcome = await importFile(store, new File([bad], 'broken.json'));
    expect(outcome.ok).toBe(false);
    expect(store.getState().scene).toBe(defaultScene);
    const notice = store.getState().notice!;
    expect(notice.title).toBe('“broken.json” was not opened; the scene is unchanged');
    expect(notice.problems.join(' ')).toContain('A1');
    expect(store.getState().past).toEqual([]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const store = createExplorerStore();
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    Object.defineProperty(huge, 'text', { value: () => Promise.reject(new Error('read')) });
    const outcome = await importFile(store, huge);
    expect(outcome).toMatchObject({ ok: false, problems: [expect.stringContaining('5.0 MB')] });
    expect(store.getState().scene).toBe(defaultScene);
  });

  it('opens a pasted link and a pasted CSV', () => {
    const store = createExplorerStore();
    const link = 'https://example.org/#m=2&p=A,x,0,0&p=B,y,1,1';
    expect(importText(store, link, 'the pasted text').ok).toBe(true);
    expect(store.getState().scene.margin).toBe(2);
    expect(importText(store, 'label,identity,x,y\nC1,carol,0,1\n', 'the pasted text').ok).toBe(
      true,
    );
    expect(store.getState().scene.points).toEqual([{ label: 'C1', identity: 'carol', x: 0, y: 1 }]);
  });
});
