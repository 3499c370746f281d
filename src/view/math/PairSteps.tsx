import { useFocusPair, pairName } from '../plane/focusPair';
import { pairSteps } from './pairSteps';
import { Tex } from './Tex';

/** The loss of the pair in focus, worked out one step at a time, live while points move. */
export function PairSteps() {
  const { evaluation, pair } = useFocusPair();
  if (pair < 0) return null;
  const { scene, pairs } = evaluation;
  const steps = pairSteps(
    scene.points[pairs.first[pair]!]!,
    scene.points[pairs.second[pair]!]!,
    pairs.similar[pair] === 1,
    scene.margin,
  );
  return (
    <ol
      className="pair-steps"
      data-testid="pair-steps"
      aria-label={`Working out the loss of ${pairName(evaluation, pair)}`}
    >
      {steps.map((step, k) => (
        <li key={k}>
          <Tex tex={step.tex} />
          <span className="step-note">{step.note}</span>
        </li>
      ))}
    </ol>
  );
}
