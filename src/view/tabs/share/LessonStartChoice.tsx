import { useDeferredValue, useId } from 'react';
import { showsStep } from '../../../scene/codec/lessonLink';
import { settledScene } from '../../../scene/store/storeLesson';
import { useExplorer } from '../../explorerContext';
import type { LessonStart } from './shareLink';

interface Props {
  readonly start: LessonStart;
  readonly choose: (start: LessonStart) => void;
}

/**
 * Where the lesson's link, its QR code and its embed code open: at step 1, for a class to start
 * together, or at the step on screen, for a student who missed the start; and, in words, what the
 * link then holds. Shown while there is a lesson.
 */
export function LessonStartChoice({ start, choose }: Props) {
  const name = useId();
  const scene = useDeferredValue(useExplorer(settledScene));
  const lesson = useExplorer((state) => state.lesson);
  const at = useExplorer((state) => state.lessonAt);
  const count = lesson.steps.length;
  if (count === 0) return null;
  const opens =
    start === 'first'
      ? `the lesson at step 1 of ${count}`
      : showsStep(scene, lesson, at)
        ? `the lesson at step ${at + 1} of ${count}`
        : `the scene on screen, with the lesson at step ${at + 1} of ${count}`;
  return (
    <fieldset className="share-start">
      <legend>Start the lesson at</legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={start === 'first'}
          onChange={() => choose('first')}
        />
        step 1
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={start === 'here'}
          onChange={() => choose('here')}
        />
        this step ({at + 1})
      </label>
      <p className="share-hint" data-testid="share-start">
        The link, its QR code and the embed code open {opens}.
      </p>
    </fieldset>
  );
}
