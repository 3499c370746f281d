import { pairCountOf } from '../../engine';
import { useEvaluation } from '../../view/explorerContext';
import { pairSummary } from '../../view/kit/pairSummary';
import { liveSection } from '../Section';
import { Term } from '../Term';

const count = (n: number) => n.toLocaleString('en-US');

export const Limitations = liveSection(
  'limitations',
  'What contrastive loss does badly',
  LimitationsBody,
);

function LimitationsBody() {
  const { facts } = pairSummary(useEvaluation());
  const restingShare = facts.pairs ? Math.round((100 * facts.resting) / facts.pairs) : 0;
  return (
    <>
      <p>
        It is simple and it works, but it has honest weaknesses, and each of them shows up on this
        page. The figure now holds a bigger crowd: eight people with five photos each, every pair of
        them scored.
      </p>
      <h3>Pairs grow with the square of the data</h3>
      <p>
        n photos make n(n − 1)/2 pairs. The figure has{' '}
        <span className="live">{count(facts.points)}</span> points; every pair of them would be{' '}
        <span className="live">{count(pairCountOf(facts.points))}</span> pairs, and it scores{' '}
        <span className="live">{count(facts.pairs)}</span>. Ten thousand photos would give almost
        fifty million. Finding the useful pairs among them (
        <Term id="hard-negative">hard-negative</Term> mining: looking for the negatives still inside
        the margin) needs every pairwise distance, again and again as the embeddings change.
      </p>
      <h3>Most negatives are easy</h3>
      <p>
        Once a pair of different people is past the margin it contributes nothing, and in a trained
        model that is nearly all of them. Right now{' '}
        <span className="live">{count(facts.resting)}</span> of this scene’s{' '}
        <span className="live">{count(facts.pairs)}</span> pairs (
        <span className="live">{restingShare}%</span>) have a zero gradient: compute spent to learn
        nothing.
      </p>
      <h3>Positives are scarce</h3>
      <p>
        Same-person pairs are a thin slice of all pairs, here{' '}
        <span className="live">{count(facts.similar)}</span> of{' '}
        <span className="live">{count(facts.pairs)}</span>. With many people and few photos each,
        negatives outnumber positives by hundreds to one and drown them out, unless pairs are
        sampled in a chosen balance.
      </p>
      <h3>No principled margin</h3>
      <p>
        The right m depends on the scale of the embeddings, which the model itself is changing. The
        margin section shows what goes wrong at either end.
      </p>
      <h3>Only pairs</h3>
      <p>
        The loss judges each pair on its own: these two are too close, those two too far. It cannot
        say the thing retrieval actually needs, that a photo should be closer to another photo of
        its own person than to anyone else.
      </p>
    </>
  );
}
