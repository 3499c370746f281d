/**
 * The lesson being built or presented (lesson/lesson.ts), and the step on screen. Every edit of the
 * lesson is a step of the history (`commitLesson`), so Undo takes it back. Going to a step loads its
 * scene as any scene is loaded (one undo step, the axes refitted); the points the two steps share
 * glide from one step's places to the next (`glide`), driven by the view's frames. What a step
 * hides is left out only before an audience (storeDisplay.ts, `hiddenNow`): the editor shows all.
 *
 * A step is on screen (`stepScene`) from going to it until another scene is loaded: an edit of it
 * (a drag in class) is still that step, edited, but a preset, a file or the page opened again on
 * another scene is the teacher's own scene, which no step's caption describes.
 */
import {
  emptyLesson,
  isSceneStep,
  LESSON_LIMITS,
  stepName,
  tidyCaption,
  type Lesson,
  type LessonStep,
} from '../lesson/lesson';
import { glideFrame } from '../lesson/glide';
import { showsStep } from '../codec/lessonLink';
import type { ControlName } from '../codec/viewLink';
import type { Scene } from '../model';
import { sceneToHash } from '../codec/link';
import type { GetExplorer, LoadHistory, SetExplorer } from './store';

export interface LessonState {
  readonly lesson: Lesson;
  /** The index of the step last gone to (0 for an empty lesson). */
  readonly lessonAt: number;
  /**
   * The scene as the step on screen loaded it; the scene differs once the step is edited. Null when
   * no step is on screen: the scene is the teacher's own, and `lessonAt` the step to go back to.
   */
  readonly stepScene: Scene | null;
  /**
   * Points gliding from the previous step's places: from where, to which scene, and the frame last
   * shown (a scene edited since is the reader's, and the glide gives way to it).
   */
  readonly glide: { readonly from: Scene; readonly to: Scene; readonly frame: Scene } | null;
  /** The article's section whose scene the figure shows, and that scene as it was loaded. */
  readonly story: { readonly id: string; readonly scene: Scene } | null;
}

export interface LessonActions {
  /** Adds the scene on screen, hiding nothing, after the step on screen. */
  addStep: () => void;
  moveStep: (index: number, to: number) => void;
  deleteStep: (index: number) => void;
  setStepCaption: (index: number, caption: string) => void;
  setStepHidden: (index: number, hidden: readonly ControlName[]) => void;
  /** Puts the scene on screen in place of a step's (to mend a broken step, or keep an edit). */
  replaceStep: (index: number) => void;
  /** Shows a step: its scene, and its caption; a broken step says why instead. */
  goToStep: (index: number) => void;
  /** A lesson from a link or a file, shown at step `at`; its problems (broken steps) in a notice. */
  loadLesson: (lesson: Lesson, at: number, problems: readonly string[]) => void;
  /**
   * A lesson taken up where it was left, at step `at`, over the scene already on screen (kept in
   * the browser, or a link's own): that step is on screen only if the scene is exactly its scene.
   */
  resumeLesson: (lesson: Lesson, at: number) => void;
  clearLesson: () => void;
  /**
   * Shows an article section's scene, gliding there as a lesson's step does; a section with the
   * scene of the one before keeps what the reader made of it, unless `fresh` (the reader has just
   * come into the article). A null scene (a section with a figure of its own) leaves it as it is.
   */
  showStoryStep: (id: string, scene: Scene | null, fresh?: boolean) => void;
  /** The section's scene again, as the story shows it: one undo step. */
  backToStoryScene: () => void;
  /** Moves the gliding points to a share `t` (0 to 1) of the way; at 1 the glide ends. */
  glideTo: (t: number) => void;
}

/**
 * The scene as it will be once a glide between steps ends: what a link, a file or the address bar
 * should hold, rather than a frame on the way.
 */
export const settledScene = (state: Pick<LessonState, 'glide'> & { readonly scene: Scene }) =>
  state.glide?.to ?? state.scene;

export function lessonSlice(set: SetExplorer, get: GetExplorer): LessonState & LessonActions {
  const steps = () => get().lesson.steps;
  const edit = (next: readonly LessonStep[], at = get().lessonAt) => {
    get().commitLesson(next.length === 0 ? emptyLesson : { steps: next });
    set({ lessonAt: Math.max(0, Math.min(at, next.length - 1)) });
  };
  const change = (index: number, step: (old: LessonStep) => LessonStep) => {
    const old = steps()[index];
    if (old) edit(steps().map((each, k) => (k === index ? step(old) : each)));
  };
  const sceneStep = (caption: string, hidden: readonly ControlName[]) => ({
    scene: get().scene,
    caption,
    hidden,
  });

  /**
   * Loads a scene; the points it shares with the scene on screen glide there from where they are.
   * Returns the scene as loaded and the store's glide, or null when the scene was refused.
   */
  const glideInto = (scene: Scene, history: LoadHistory) => {
    const from = get().scene;
    if (!get().loadScene(scene, history)) return null;
    const to = get().scene;
    const shared = new Set(from.points.map((point) => point.label));
    const glides = to !== from && to.points.some((point) => shared.has(point.label));
    const frame = glideFrame(from, to, 0);
    return { to, glide: glides ? { glide: { from, to, frame }, scene: frame } : {} };
  };

  return {
    story: null,
    lesson: emptyLesson,
    lessonAt: 0,
    stepScene: null,
    glide: null,

    addStep() {
      const all = steps();
      if (all.length >= LESSON_LIMITS.steps) {
        get().showNotice('This scene was not added to the lesson', [
          `A lesson holds at most ${LESSON_LIMITS.steps} steps; delete one to make room.`,
        ]);
        return;
      }
      const at = all.length === 0 ? 0 : get().lessonAt + 1;
      edit([...all.slice(0, at), sceneStep('', []), ...all.slice(at)], at);
      set({ stepScene: get().scene });
    },

    moveStep(index, to) {
      const all = steps().slice();
      if (!all[index] || to < 0 || to >= all.length || to === index) return;
      const [moved] = all.splice(index, 1);
      all.splice(to, 0, moved!);
      const at = get().lessonAt;
      edit(all, at === index ? to : at);
    },

    deleteStep(index) {
      if (!steps()[index]) return;
      const at = get().lessonAt;
      edit(
        steps().filter((_, k) => k !== index),
        at > index ? at - 1 : at,
      );
    },

    setStepCaption(index, caption) {
      const tidy = tidyCaption(caption);
      if (steps()[index]?.caption !== tidy) change(index, (step) => ({ ...step, caption: tidy }));
    },

    setStepHidden(index, hidden) {
      change(index, (step) => (isSceneStep(step) ? { ...step, hidden: [...hidden] } : step));
    },

    replaceStep(index) {
      change(index, (step) => sceneStep(step.caption, isSceneStep(step) ? step.hidden : []));
      if (index === get().lessonAt) set({ stepScene: get().scene });
    },

    goToStep(index) {
      const step = steps()[index];
      if (!step) return;
      // A glide still under way lands first: the next one sets off from that step.
      get().glideTo(1);
      if (!isSceneStep(step)) {
        set({ lessonAt: index });
        get().showNotice(`${stepName(index)} could not be loaded`, step.problems);
        return;
      }
      const arrival = glideInto(step.scene, 'push');
      // One write, so the step and its scene change together for whoever listens (the link).
      if (arrival) set({ lessonAt: index, stepScene: arrival.to, ...arrival.glide });
    },

    showStoryStep(id, scene, fresh = false) {
      const story = fresh ? null : get().story;
      if (story?.id === id) return;
      get().glideTo(1);
      if (scene === null || (story && sceneToHash(story.scene) === sceneToHash(scene))) {
        set({ story: { id, scene: story?.scene ?? get().scene } });
        return;
      }
      const arrival = glideInto(scene, 'replace');
      if (arrival) set({ story: { id, scene: arrival.to }, ...arrival.glide });
    },

    backToStoryScene() {
      const { story } = get();
      if (story && get().loadScene(story.scene)) set({ story: { ...story, scene: get().scene } });
    },

    loadLesson(lesson, at, problems) {
      get().commitLesson(lesson);
      get().goToStep(at);
      if (problems.length > 0)
        get().showNotice(
          'Some steps of this lesson could not be read; the others are ready',
          problems,
        );
    },

    resumeLesson(lesson, at) {
      get().commitLesson(lesson);
      const index = Math.max(0, Math.min(at, lesson.steps.length - 1));
      const { scene } = get();
      set({ lessonAt: index, stepScene: showsStep(scene, lesson, index) ? scene : null });
    },

    clearLesson() {
      edit([], 0);
    },

    glideTo(t) {
      const { glide, scene } = get();
      if (!glide) return;
      if (scene !== glide.frame) set({ glide: null });
      else if (t >= 1 || get().gesturing) set({ glide: null, scene: glide.to });
      else {
        const frame = glideFrame(glide.from, glide.to, t);
        set({ scene: frame, glide: { ...glide, frame } });
      }
    },
  };
}
