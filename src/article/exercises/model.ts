/**
 * The shape of an exercise: its questions (a number to type, or options to choose), what each
 * must be answered with, and what it can set up: a scene or a loss on the plane, or the digits
 * network's settings. `exercises.ts` holds them all.
 */
import type { LossId, NetworkSettings } from '../../engine';
import type { Scene } from '../../scene/model';

export interface NumberQuestion {
  readonly kind: 'number';
  readonly id: string;
  readonly label: string;
  readonly answer: number;
  readonly tolerance: number;
  /**
   * Wrong answers that come from a known slip, each with a nudge that names the slip. An answer
   * that is the exact negative of a non-zero answer is always met as a sign slip (see `judgeNumber`
   * in judge.ts); a slip listed at that value gives the reason the sign is what it is.
   */
  readonly slips?: readonly Slip[];
}

export interface Slip {
  readonly value: number;
  readonly hint: string;
}

export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
  /** Why this option is wrong, said when it is chosen or ticked. */
  readonly hint?: string;
}

export interface ChoiceQuestion {
  readonly kind: 'choice' | 'multiple';
  readonly id: string;
  readonly label: string;
  /** How the feedback names the question, at the start of a sentence: "A1 and B2 are …". */
  readonly name: string;
  readonly options: readonly ChoiceOption[];
  /** The right option (choice) or options (multiple: all of these and no other). */
  readonly answers: readonly string[];
  /** A nudge for a wrong choice that has no hint of its own, or a right option left out. */
  readonly hint: string;
}

export type Question = NumberQuestion | ChoiceQuestion;

export interface Exercise {
  readonly number: number;
  readonly title: string;
  readonly questions: readonly Question[];
  /** What a button sets up before showing it. */
  readonly setup?: Setup;
  /**
   * A scene that would give the answers away, offered only once the reader has checked a right
   * answer or opened the working: the exercise's own pair, to compare with their numbers.
   */
  readonly compare?: SceneSetup;
}

export interface SceneSetup {
  readonly label: string;
  readonly scene: Scene;
  /** The pair the formula and the table should show; none keeps every number quiet. */
  readonly select?: readonly [string, string];
}

/** A loss for the plane's points. */
export interface LossSetup {
  readonly label: string;
  readonly loss: LossId;
}

/** Settings for the digits network, the rest kept as the reader left them. */
export interface NetworkSetup {
  readonly label: string;
  readonly network: Partial<NetworkSettings>;
}

/** A scene (with a pair selected in it, or none) or a loss on the plane, or the network's settings. */
export type Setup = SceneSetup | LossSetup | NetworkSetup;
