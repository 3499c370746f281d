import './lesson.css';
import { isSceneStep } from '../../scene/lesson/lesson';
import { useActions, useExplorer } from '../explorerContext';

/**
 * Above the figure while there is a lesson: the way back and forward through its steps ("3 / 7")
 * and the step's caption, large in presentation, where a clicker's PageDown and PageUp (and the
 * arrow keys) step too. A step edited by a drag can be set back as it was.
 */
export function LessonBar() {
  const { goToStep } = useActions();
  const steps = useExplorer((state) => state.lesson.steps);
  const at = useExplorer((state) => state.lessonAt);
  const edited = useExplorer((state) => state.glide === null && state.scene !== state.stepScene);
  if (steps.length === 0) return null;
  const step = steps[at];
  return (
    <section className="lesson-bar" aria-label="Lesson">
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
        {edited && isSceneStep(step) && (
          <button type="button" className="lesson-reset" onClick={() => goToStep(at)}>
            Back to this step as it was
          </button>
        )}
      </div>
      <p className="lesson-caption" data-testid="lesson-caption" aria-live="polite">
        {step?.caption === '' ? <span className="muted">No caption</span> : step?.caption}
      </p>
    </section>
  );
}
