import { useFocusPair, pairName } from '../../view/plane/focusPair';
import { useExplorer } from '../../view/explorerContext';
import { fixed4 } from '../../view/kit/format';
import { PairFormula } from '../../view/math/Formula';
import { PairSteps } from '../../view/math/PairSteps';
import { pairSummary } from '../../view/kit/pairSummary';
import { liveSection } from '../Section';

export const WorkedExample = liveSection(
  'worked-example',
  'One pair, worked by hand',
  WorkedExampleBody,
);

function WorkedExampleBody() {
  const { evaluation } = useFocusPair();
  const gesturing = useExplorer((state) => state.gesturing);
  const stats = pairSummary(evaluation);
  const top = gesturing ? stats.largestSoFar : stats.largest;
  return (
    <>
      <p>
        Here is the formula with the numbers of one pair put in. It follows the pair you choose:
        click a line on the plane (Escape goes back to the first pair of different people). Drag
        either point and watch every number change.
      </p>
      <PairFormula />
      <PairSteps />
      <p>
        The total loss shown with the figure does the same for every pair and adds the results up.
        Right now it is <strong className="live">{fixed4(evaluation.pairTotal)}</strong>
        {top >= 0 && (
          <>
            , and the pair that contributes most is <strong>{pairName(evaluation, top)}</strong>{' '}
            with <span className="live">{fixed4(evaluation.pairLoss[top]!)}</span>
          </>
        )}
        . In the starting scene that is A2–B2: different people, only 0.8485 apart, well inside the
        margin. To see every pair’s numbers side by side, “Open in the lab” has them in a table.
      </p>
    </>
  );
}
