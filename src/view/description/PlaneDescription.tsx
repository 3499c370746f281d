import { useMemo, useState } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { useEvaluation, useExplorer } from '../explorerContext';
import { useShownMarks } from '../plane/shownMarks';
import { describePlane } from './describePlane';

/**
 * "Describe the plane": the figure in words for screen readers and anyone who prefers text. It is
 * written only while open, and holds still while a point is dragged or training runs, so it is
 * neither recomputed nor re-read sixty times a second; it catches up when the motion ends.
 */
export function PlaneDescription() {
  const [open, setOpen] = useState(false);
  return (
    <details className="plane-description" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Describe the plane</summary>
      {open && <Description />}
    </details>
  );
}

function Description() {
  const evaluation = useEvaluation();
  const moving = useExplorer((state) => state.held !== null || state.training.status === 'running');
  const [shown, setShown] = useState<Evaluation>(evaluation);
  if (!moving && shown !== evaluation) setShown(evaluation);
  const marks = useShownMarks();
  const text = useMemo(() => describePlane(shown, marks), [shown, marks]);
  return (
    <div className="plane-description-body" data-testid="plane-description">
      <p>{text.overview}</p>
      <p>{text.marks}</p>
      <h3>People</h3>
      <ul>
        {text.people.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>Nearest neighbours</h3>
      <p>{text.neighbourSummary}</p>
      {text.neighbours.length > 0 && (
        <ul>
          {text.neighbours.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <h3>Pairs at work</h3>
      <p>{text.pushing}</p>
      <p>{text.pulling}</p>
    </div>
  );
}
