/**
 * One step of gradient descent on a scene, with the checks a teacher needs: stop when there is
 * nothing left to learn, stop after too many steps, and stop (saying why) before the points fly
 * off the plane.
 */
import { descend, lossOf, projectAll } from '../engine';
import { learningRateOf, type Evaluation } from './evaluation';
import { LIMITS, type Scene, type ScenePoint } from './model';

/** The most steps one run takes. */
export const STEP_CAP = 10_000;
/**
 * "Barely changes": over the last CALM_STEPS steps the loss moved by less than this share of the
 * larger of its start and its current value. Measured against the start, a loss falling
 * geometrically towards 0 (two photos of one person closing in) counts as done once what is left
 * is invisible, rather than after hundreds of steps down to underflow.
 */
export const CALM_CHANGE = 1e-7;
export const CALM_STEPS = 20;
/** Steps in a row of rising loss before the page warns that the rate looks too large. */
export const RISING_STEPS = 10;

export type StepOutcome =
  | { readonly kind: 'moved'; readonly points: readonly ScenePoint[] }
  | {
      readonly kind: 'stopped';
      readonly status: 'converged' | 'capped' | 'diverged';
      readonly message: string;
    };

/** A loss as a student reads it: four decimals, and words for what four decimals cannot show. */
const format = (value: number) => {
  if (Math.abs(value) >= 1e6) return value.toExponential(2);
  if (value !== 0 && Math.abs(value) < 5e-5) return 'less than 0.0001';
  return value.toLocaleString('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
};

/**
 * Takes one step from `scene` (whose evaluation is `evaluation`), or says why not. `losses` holds
 * the loss before each earlier step of this run; `held` is a point the user's hand is holding.
 */
export function trainingStep(
  scene: Scene,
  evaluation: Evaluation,
  losses: readonly number[],
  held: number | null,
): StepOutcome {
  const total = evaluation.total;
  if (total === 0)
    return {
      kind: 'stopped',
      status: 'converged',
      message: lossOf(evaluation.objective).satisfied,
    };
  if (losses.length >= STEP_CAP)
    return {
      kind: 'stopped',
      status: 'capped',
      message: `Stopped after ${STEP_CAP.toLocaleString('en-US')} steps; press Play to go on.`,
    };
  const earlier = losses[losses.length - CALM_STEPS];
  const scale = Math.max(losses[0] ?? total, total);
  if (earlier !== undefined && Math.abs(earlier - total) <= CALM_CHANGE * scale)
    return {
      kind: 'stopped',
      status: 'converged',
      message: `The loss has stopped changing: over the last ${CALM_STEPS} steps it moved by less than a ten-millionth of where it started, and it is now ${format(total)}. The points have found a minimum, as far as these steps can tell.`,
    };

  const xs = Float64Array.from(scene.points, (p) => p.x);
  const ys = Float64Array.from(scene.points, (p) => p.y);
  const lr = learningRateOf(evaluation);
  descend(
    xs,
    ys,
    evaluation.gradX,
    evaluation.gradY,
    lr,
    held === null ? undefined : new Set([held]),
  );
  if (scene.norm) projectAll(xs, ys);
  const escaped = xs.some(
    (x, i) => !(Math.abs(x) <= LIMITS.maxCoordinate && Math.abs(ys[i]!) <= LIMITS.maxCoordinate),
  );
  if (escaped) {
    const first = losses[0] ?? total;
    return {
      kind: 'stopped',
      status: 'diverged',
      message:
        `Training stopped before the points flew off the plane. At learning rate ${lr} each step ` +
        `overshoots the minimum it aims at, by more every time: the loss went from ${format(first)} ` +
        `to ${format(total)}. Lower the learning rate and press Reset, or Undo.`,
    };
  }
  return {
    kind: 'moved',
    points: scene.points.map((point, i) => ({ ...point, x: xs[i]!, y: ys[i]! })),
  };
}

/** Whether the loss has risen at every one of the last RISING_STEPS steps. */
export function lossIsRising(losses: readonly number[], total: number): boolean {
  if (losses.length < RISING_STEPS) return false;
  const recent = [...losses.slice(-RISING_STEPS), total];
  return recent.every((value, k) => k === 0 || value > recent[k - 1]!);
}
