import './lesson.css';
import { isSceneStep, stepName } from '../../scene/lesson/lesson';
import { useActions, useExplorer } from '../explorerContext';
import { useDisplay } from '../theme/useDisplay';

/** The longest label the bar's way back to its step takes, which its room is kept for. */
const LONGEST_RETURN = 'Back to this step as it was';

/**
 * Above the figure while there is a lesson: the way back and forward through its steps ("3 / 7")
 * and the step's caption, large in presentation, where a clicker's PageDown and PageUp (and the
 * arrow keys) step too. A step edited by a drag can be set back as it was; a scene that is no
 * step's (another one loaded, or the page opened again on the teacher's own) is said to be so,
 * with the way to the lesson's step, and no step's caption is shown over it.
 *
 * Outside presentation the bar keeps its size whatever it shows: the caption's room is three
 * lines (a longer one scrolls in it), and the way back keeps its place when it is not needed, so a
 * caption committed, a step gone to or a point dragged never moves the figure under the pointer.
 */
export function LessonBar() {
  const { goToStep } = useActions();
  const steps = useExplorer((state) => state.lesson.steps);
  const at = useExplorer((state) => state.lessonAt);
  const presenting = useDisplay((display) => display.presenting);
  const onStep = useExplorer((state) => state.stepScene !== null);
  const edited = useExplorer(
    (state) => state.glide === null && state.stepScene !== null && state.scene !== state.stepScene,
  );
  if (steps.length === 0) return null;
  const step = steps[at];
  const back = !onStep
    ? `Go to ${stepName(at).toLowerCase()}`
    : edited && isSceneStep(step)
      ? LONGEST_RETURN
      : null;
  return (
    <section className="lesson-bar" aria-label="Lesson steps">
      <div className="lesson-controls">
        <button type="button" onClick={() => goToStep(at - 1)} disabled={at === 0}>
          Previous step
        </button>
        <span
          className="lesson-step"
          data-testid="lesson-step"
          data-value={at + 1}
          data-count={steps.length}
        >
          {at + 1} / {steps.length}
        </span>
        <button type="button" onClick={() => goToStep(at + 1)} disabled={at >= steps.length - 1}>
          Next step
        </button>
        <button
          type="button"
          className="lesson-return"
          onClick={() => goToStep(at)}
          disabled={back === null}
        >
          <span aria-hidden="true">{LONGEST_RETURN}</span>
          <span>{back ?? LONGEST_RETURN}</span>
        </button>
      </div>
      <p
        className="lesson-caption"
        data-testid="lesson-caption"
        aria-live="polite"
        // A caption longer than its room scrolls there, by keyboard too; presented, it has all
        // the room it needs.
        tabIndex={presenting ? undefined : 0}
      >
        {!onStep ? (
          <span className="muted">Your own scene is on screen, not a step of the lesson.</span>
        ) : step?.caption === '' ? (
          <span className="muted">No caption</span>
        ) : (
          step?.caption
        )}
      </p>
    </section>
  );
}
