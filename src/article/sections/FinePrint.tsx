import { contrastivePairLoss } from '../../engine';
import { fixed4 } from '../../view/kit/format';
import { pairSummary, roundedSum } from '../../view/kit/pairSummary';
import { pairName, useFocusPair } from '../../view/plane/focusPair';
import { liveSection } from '../Section';

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

export const FinePrint = liveSection(
  'fine-print',
  'Fine print: labels and rounding',
  FinePrintBody,
);

function FinePrintBody() {
  return (
    <>
      <p>
        Two details that trip people up when they compare this page with a paper or with their own
        arithmetic.
      </p>
      <aside className="note">
        <strong>Which label is which.</strong> Hadsell and colleagues write the label the other way
        round, Y = 0 for a similar pair, and put a factor ½ in front of each term. This page follows
        the convention of our worked example: y = 1 means the same person, and there is no ½. The
        two versions differ only by that relabelling and a factor of two, so the arrows point the
        same way; just check which convention a paper uses before comparing numbers.
      </aside>
      <RoundingTrap />
    </>
  );
}

/** Rounding before adding, told for whatever the figure shows, and for the pair in focus. */
function RoundingTrap() {
  const { evaluation, pair } = useFocusPair();
  const { sumOfRounded, roundedTotal } = roundedSum(evaluation);
  const pairs = pairSummary(evaluation).facts.pairs;
  const similar = pair >= 0 && evaluation.pairs.similar[pair] === 1;
  const exact = pair >= 0 ? evaluation.pairLoss[pair]! : 0;
  const fromRoundedD =
    pair >= 0
      ? contrastivePairLoss(round4(evaluation.distance[pair]!), similar, evaluation.scene.margin)
      : 0;
  return (
    <aside className="note">
      <strong>A rounding trap.</strong> The page shows losses to four decimals but always adds the
      exact values. Round the contrastive loss of each of the figure’s{' '}
      <span className="live">{pairs}</span> pairs to four decimals and add them up, and you get{' '}
      <span className="live">{fixed4(sumOfRounded)}</span>; round the exact total once, at the end,
      and you get <span className="live">{fixed4(roundedTotal)}</span>
      {sumOfRounded === roundedTotal ? ', the same here, though not always' : ': they disagree'}.
      Our worked example fell into this trap when it was first done by hand. It rounded A2–B2’s
      distance to 0.8485 before squaring and wrote 0.0230 for its loss, then added 0.0050 + 0.0001 +
      0.0230 + 0.0050 and got 0.0331. Done exactly, the pair’s loss is 0.0229 and the total 0.0330.
      {pair >= 0 && !similar && (
        <>
          {' '}
          For {pairName(evaluation, pair)} in the figure, squaring after rounding D gives{' '}
          <span className="live">{fixed4(fromRoundedD)}</span>
          {fixed4(fromRoundedD) === fixed4(exact) ? (
            <>, the same four decimals as the exact loss: the trap does not bite on every pair.</>
          ) : (
            <>
              {' '}
              where the exact loss is <span className="live">{fixed4(exact)}</span>.
            </>
          )}
        </>
      )}
    </aside>
  );
}
