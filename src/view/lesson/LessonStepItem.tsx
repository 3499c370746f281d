import { useId, useState } from 'react';
import { CONTROL_NAMES, type ControlName } from '../../scene/codec/viewLink';
import { isSceneStep, LESSON_LIMITS, stepName, type LessonStep } from '../../scene/lesson/lesson';
import { useActions } from '../explorerContext';
import { ScenePreview } from '../tabs/scene/ScenePreview';

const CONTROLS = Object.keys(CONTROL_NAMES) as ControlName[];

interface Props {
  readonly step: LessonStep;
  readonly index: number;
  readonly count: number;
  readonly current: boolean;
}

/** The caption's field: its edit becomes one undo step when it is left or Enter is pressed. */
function CaptionField({ index, caption }: { index: number; caption: string }) {
  const { setStepCaption } = useActions();
  const [draft, setDraft] = useState(caption);
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Caption of {stepName(index).toLowerCase()}
      </label>
      <textarea
        id={id}
        className="lesson-caption-field"
        rows={2}
        maxLength={LESSON_LIMITS.caption}
        placeholder="What to say over this step"
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => setStepCaption(index, draft)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.shiftKey) return;
          event.preventDefault();
          setStepCaption(index, draft);
        }}
      />
    </>
  );
}

/**
 * The controls the step hides before a class (presenting, or in a course page's frame), as a list
 * of boxes folded away under their summary. The editor keeps showing them all.
 */
function HiddenControls({ index, hidden }: { index: number; hidden: readonly ControlName[] }) {
  const { setStepHidden } = useActions();
  const toggle = (name: ControlName, on: boolean) =>
    setStepHidden(index, on ? [...hidden, name] : hidden.filter((each) => each !== name));
  return (
    <details className="lesson-hidden">
      <summary>Hides when presented: {hidden.length === 0 ? 'nothing' : hidden.join(', ')}</summary>
      <fieldset>
        <legend className="visually-hidden">Controls {stepName(index).toLowerCase()} hides</legend>
        {CONTROLS.map((name) => (
          <label key={name} title={CONTROL_NAMES[name]}>
            <input
              type="checkbox"
              checked={hidden.includes(name)}
              onChange={(event) => toggle(name, event.currentTarget.checked)}
            />
            {name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** One step in the lesson's list: its picture, caption, what it hides, and where it goes. */
export function LessonStepItem({ step, index, count, current }: Props) {
  const { goToStep, moveStep, deleteStep, replaceStep } = useActions();
  const name = stepName(index);
  return (
    <li className="lesson-item" aria-current={current ? 'step' : undefined}>
      <button
        type="button"
        className="lesson-show"
        onClick={() => goToStep(index)}
        aria-label={`Show ${name.toLowerCase()}`}
      >
        {isSceneStep(step) ? (
          <ScenePreview scene={step.scene} />
        ) : (
          <span className="lesson-broken-mark">!</span>
        )}
        <span>{name}</span>
      </button>
      <div className="lesson-item-body">
        <CaptionField key={step.caption} index={index} caption={step.caption} />
        {isSceneStep(step) ? (
          <HiddenControls index={index} hidden={step.hidden} />
        ) : (
          <div className="lesson-broken" role="note">
            <p>This step could not be read:</p>
            <ul>
              {step.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="lesson-item-actions">
          <button
            type="button"
            onClick={() => moveStep(index, index - 1)}
            disabled={index === 0}
            aria-label={`Move ${name.toLowerCase()} up`}
          >
            Up
          </button>
          <button
            type="button"
            onClick={() => moveStep(index, index + 1)}
            disabled={index === count - 1}
            aria-label={`Move ${name.toLowerCase()} down`}
          >
            Down
          </button>
          <button
            type="button"
            onClick={() => replaceStep(index)}
            aria-label={`Use scene on screen for ${name.toLowerCase()}`}
          >
            Use scene on screen
          </button>
          <button
            type="button"
            onClick={() => deleteStep(index)}
            aria-label={`Delete ${name.toLowerCase()}`}
          >
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}
