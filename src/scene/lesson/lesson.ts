/**
 * A lesson: the steps a teacher walks a class through, in order. A step is a whole scene (what a
 * link holds, the loss and its knob included), a short caption said over it, and the controls it
 * hides. A step that could not be read (a damaged link or file) stays in its place with the reasons,
 * so the rest of the lesson still runs and nothing the teacher made is lost.
 */
import type { ControlName } from '../codec/viewLink';
import type { Scene } from '../model';

export interface SceneStep {
  readonly scene: Scene;
  readonly caption: string;
  readonly hidden: readonly ControlName[];
}

export interface BrokenStep {
  readonly caption: string;
  /** Why the step could not be read, in plain words. */
  readonly problems: readonly string[];
  /** The step's text as it came in a link, written back unchanged when the lesson is shared. */
  readonly linkText?: string;
}

export type LessonStep = SceneStep | BrokenStep;

export interface Lesson {
  readonly steps: readonly LessonStep[];
}

export const emptyLesson: Lesson = { steps: [] };

export const LESSON_LIMITS = {
  /** A class hour's worth, and a link that still fits a chat message. */
  steps: 30,
  /** A sentence or two, large enough for the back of a room. */
  caption: 280,
} as const;

export const isSceneStep = (step: LessonStep | undefined): step is SceneStep =>
  step !== undefined && 'scene' in step;

/** Captions are one line of plain text: whitespace runs become one space, and long ones are cut. */
export const tidyCaption = (text: string): string =>
  text.replace(/\s+/g, ' ').trim().slice(0, LESSON_LIMITS.caption);

/** "Step 3" as the page names steps: counted from 1. */
export const stepName = (index: number): string => `Step ${index + 1}`;
