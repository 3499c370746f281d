import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './store';
import { defaultScene } from '../defaultScene';
import { collapse } from '../presets';
import { withKnob } from '../model';
import { MARGIN } from '../../engine';
import { glideFrame } from '../lesson/glide';
import { hiddenNow } from './storeDisplay';
import { readViewKeys } from '../codec/viewLink';

/** A store with a lesson of three steps: the example, m = 0.4, and the collapse. */
function withLesson() {
  const store = createExplorerStore();
  const { addStep, setKnob, loadScene, setStepCaption } = store.getState();
  addStep();
  setStepCaption(0, '  The worked   example ');
  setKnob(MARGIN, 0.4);
  store.getState().commitEdit();
  addStep();
  loadScene(collapse);
  addStep();
  return store;
}

const captions = (store: ReturnType<typeof createExplorerStore>) =>
  store.getState().lesson.steps.map((step) => step.caption);

describe('building a lesson', () => {
  it('adds the scene on screen after the step on screen, caption tidied', () => {
    const store = withLesson();
    const { steps } = store.getState().lesson;
    expect(captions(store)).toEqual(['The worked example', '', '']);
    expect(steps.map((step) => 'scene' in step && step.scene.margin)).toEqual([1, 0.4, 1]);
    expect(store.getState().lessonAt).toBe(2);
  });

  it('moves and deletes steps, keeping the step on screen', () => {
    const store = withLesson();
    store.getState().setStepCaption(2, 'Collapse');
    store.getState().moveStep(2, 0);
    expect(captions(store)).toEqual(['Collapse', 'The worked example', '']);
    expect(store.getState().lessonAt).toBe(0);
    store.getState().deleteStep(1);
    expect(captions(store)).toEqual(['Collapse', '']);
  });

  it('takes every edit of the lesson back with Undo, and forward with Redo', () => {
    const store = withLesson();
    store.getState().setStepCaption(1, 'Too small');
    store.getState().deleteStep(0);
    expect(captions(store)).toEqual(['Too small', '']);
    store.getState().undo();
    expect(captions(store)).toEqual(['The worked example', 'Too small', '']);
    store.getState().undo();
    expect(captions(store)).toEqual(['The worked example', '', '']);
    // The undo that takes back a caption leaves the scene on screen alone.
    expect(store.getState().scene).toBe(store.getState().committed);
    store.getState().redo();
    store.getState().redo();
    expect(captions(store)).toEqual(['Too small', '']);
  });

  it('refuses a step past the limit with a notice, and keeps the lesson', () => {
    const store = createExplorerStore();
    for (let k = 0; k < 31; k++) store.getState().addStep();
    expect(store.getState().lesson.steps).toHaveLength(30);
    expect(store.getState().notice?.problems).toEqual([
      'A lesson holds at most 30 steps; delete one to make room.',
    ]);
  });
});

describe('going through a lesson', () => {
  it('loads a step’s scene', () => {
    const store = withLesson();
    store.getState().goToStep(1);
    store.getState().glideTo(1);
    expect(store.getState().scene).toEqual(withKnob(defaultScene, MARGIN, 0.4));
    expect(store.getState().lessonAt).toBe(1);
  });

  it('glides the points the steps share, then lands exactly on the step', () => {
    const store = withLesson();
    store.getState().goToStep(0);
    store.getState().glideTo(1);
    const moved = {
      ...defaultScene,
      points: defaultScene.points.map((p) => ({ ...p, x: p.x + 1 })),
    };
    store.getState().loadScene(moved);
    store.getState().replaceStep(0);
    store.getState().goToStep(1);
    const target = store.getState().glide?.to;
    expect(target).toEqual(withKnob(defaultScene, MARGIN, 0.4));
    expect(store.getState().scene.points[0]!.x).toBeCloseTo(moved.points[0]!.x, 12);
    store.getState().glideTo(0.5);
    expect(store.getState().scene).toEqual(glideFrame(moved, target!, 0.5));
    // A key let go mid-glide commits nothing: the step is the one undo step.
    store.getState().endGesture();
    store.getState().glideTo(1);
    expect(store.getState().scene).toBe(target);
    expect(store.getState().scene).toBe(store.getState().committed);
  });

  it('says why a broken step cannot be shown, and leaves the scene', () => {
    const store = createExplorerStore();
    store.getState().loadLesson(
      {
        steps: [
          { scene: defaultScene, caption: 'fine', hidden: [] },
          { caption: 'broken', problems: ['The margin "m=abc" is not a number.'] },
        ],
      },
      0,
      ['Step 2: The margin "m=abc" is not a number.'],
    );
    expect(store.getState().notice?.title).toBe(
      'Some steps of this lesson could not be read; the others are ready',
    );
    store.getState().goToStep(1);
    expect(store.getState().notice).toEqual({
      title: 'Step 2 could not be loaded',
      problems: ['The margin "m=abc" is not a number.'],
    });
    expect(store.getState().scene).toEqual(defaultScene);
  });
});

describe('what a step hides', () => {
  const hidden = (store: ReturnType<typeof createExplorerStore>) => hiddenNow(store.getState());

  it('is hidden while presenting that step only; the editor shows every control', () => {
    const store = withLesson();
    store.getState().setStepHidden(1, ['toolbar', 'tabs']);
    store.getState().goToStep(1);
    expect(hidden(store)).toEqual([]);
    store.getState().setPresenting(true);
    expect(hidden(store)).toEqual(['toolbar', 'tabs']);
    store.getState().goToStep(2);
    expect(hidden(store)).toEqual([]);
    store.getState().goToStep(1);
    // A point dragged in class leaves the same step on screen, edited.
    store.getState().movePoint(0, 0.1, 0.1);
    expect(hidden(store)).toEqual(['toolbar', 'tabs']);
    // Another scene loaded is no step's: it hides nothing of the step's.
    store.getState().loadScene(collapse);
    expect(hidden(store)).toEqual([]);
    store.getState().goToStep(1);
    store.getState().setPresenting(false);
    expect(hidden(store)).toEqual([]);
  });

  it('is hidden in another page’s frame too, beside what the link itself hides', () => {
    const store = withLesson();
    store.getState().setStepHidden(0, ['toolbar']);
    store.getState().goToStep(0);
    store.getState().readViewKeys(readViewKeys('#hide=legend'));
    expect(hidden(store)).toEqual(['legend']);
    store.getState().readViewKeys(readViewKeys('#embed=1&hide=legend'));
    expect(hidden(store)).toEqual(['legend', 'toolbar']);
  });

  it('is not copied to a new step, and a step given the scene on screen keeps its own', () => {
    const store = withLesson();
    store.getState().setStepHidden(0, ['toolbar']);
    store.getState().goToStep(0);
    store.getState().addStep();
    store.getState().replaceStep(0);
    const steps = store.getState().lesson.steps;
    expect(steps.map((step) => 'hidden' in step && step.hidden)).toEqual([['toolbar'], [], [], []]);
  });
});

describe('the step on screen', () => {
  it('stays through an edit, and gives way to a scene loaded from elsewhere', () => {
    const store = withLesson();
    store.getState().goToStep(1);
    store.getState().glideTo(1);
    store.getState().movePoint(0, 0.1, 0.1);
    expect(store.getState().stepScene).not.toBeNull();
    store.getState().loadScene(collapse);
    expect(store.getState().stepScene).toBeNull();
    expect(store.getState().lessonAt).toBe(1);
  });

  it('is taken up again only if the scene on screen is exactly the step’s', () => {
    const { lesson } = withLesson().getState();
    const same = createExplorerStore(withKnob(defaultScene, MARGIN, 0.4));
    same.getState().resumeLesson(lesson, 1);
    expect(same.getState()).toMatchObject({ lessonAt: 1, stepScene: same.getState().scene });
    const moved = createExplorerStore(withKnob(defaultScene, MARGIN, 0.45));
    moved.getState().resumeLesson(lesson, 1);
    expect(moved.getState()).toMatchObject({ lessonAt: 1, stepScene: null });
    // A step past the lesson's end is its last.
    moved.getState().resumeLesson(lesson, 7);
    expect(moved.getState().lessonAt).toBe(2);
  });
});
