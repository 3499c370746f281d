import { contrastivePairLoss } from '../../engine';
import { useFocusPair, pairName } from '../../view/plane/focusPair';
import { useExplorer } from '../../view/explorerContext';
import { fixed4 } from '../../view/kit/format';
import { PairFormula } from '../../view/math/Formula';
import { PairSteps } from '../../view/math/PairSteps';
import { pairSummary, roundedSum } from '../../view/kit/pairSummary';
import { liveSection } from '../Section';

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

export const WorkedExample = liveSection(
  'worked-example',
  'One pair, worked by hand',
  WorkedExampleBody,
);

function WorkedExampleBody() {
  const { evaluation, pair } = useFocusPair();
  const gesturing = useExplorer((state) => state.gesturing);
  const stats = pairSummary(evaluation);
  const top = gesturing ? stats.largestSoFar : stats.largest;
  const { sumOfRounded, roundedTotal } = roundedSum(evaluation);
  const similar = pair >= 0 && evaluation.pairs.similar[pair] === 1;
  const distance = pair >= 0 ? evaluation.distance[pair]! : 0;
  const margin = evaluation.scene.margin;
  const fromRoundedD = contrastivePairLoss(round4(distance), similar, margin);
  return (
    <>
      <p>
        Here is the formula with the numbers of one pair put in. It follows the pair you select:
        click a row of the table or a line on the plane (Escape goes back to the first pair of
        different people). Drag either point and watch every number change.
      </p>
      <PairFormula />
      <PairSteps />
      <p>
        The table beside the figure does the same for every pair and adds the results up. Right now
        the total is <strong className="live">{fixed4(evaluation.pairTotal)}</strong>
        {top >= 0 && (
          <>
            , and the pair that contributes most is <strong>{pairName(evaluation, top)}</strong>{' '}
            with <span className="live">{fixed4(evaluation.pairLoss[top]!)}</span>
          </>
        )}
        . In the starting scene that is A2–B2: different people, only 0.8485 apart, well inside the
        margin.
      </p>
      <aside className="note">
        <strong>A rounding trap.</strong> The table shows four decimals, but it adds the exact
        values. The rounded rows on screen add up to{' '}
        <span className="live">{fixed4(sumOfRounded)}</span> and the exact total rounds to{' '}
        <span className="live">{fixed4(roundedTotal)}</span>
        {sumOfRounded === roundedTotal ? ', the same here, though not always' : ': they disagree'}.
        Our worked example fell into the trap when it was first done by hand: it rounded D for A2–B2
        to 0.8485 before squaring and wrote 0.0230, and adding 0.0050 + 0.0001 + 0.0230 + 0.0050
        gave 0.0331. The exact values are 0.0229 and 0.0330.
        {pair >= 0 && !similar && (
          <>
            {' '}
            For {pairName(evaluation, pair)}, squaring after rounding D gives{' '}
            <span className="live">{fixed4(fromRoundedD)}</span>
            {fixed4(fromRoundedD) === fixed4(evaluation.pairLoss[pair]!) ? (
              <>, the same four decimals as the exact loss: the trap does not bite on every pair.</>
            ) : (
              <>
                {' '}
                where the exact loss is{' '}
                <span className="live">{fixed4(evaluation.pairLoss[pair]!)}</span>.
              </>
            )}
          </>
        )}
      </aside>
    </>
  );
}
