import type { Evaluation } from '../../scene/evaluation';
import { useEvaluation } from '../../view/explorerContext';
import { fixed4 } from '../../view/kit/format';
import { pairSummary } from '../../view/kit/pairSummary';
import { liveSection } from '../Section';

export const ThePush = liveSection('push', 'Why the push is needed', ThePushBody);

/** The contrastive loss of the scene split in two: its same-person pairs' and the rest. */
function pullAndPush(evaluation: Evaluation): { pull: number; push: number } {
  const { pairs, pairLoss, pairTotal } = evaluation;
  let pull = 0;
  for (let p = 0; p < pairs.count; p++) if (pairs.similar[p] === 1) pull += pairLoss[p]!;
  return { pull, push: pairTotal - pull };
}

function ThePushBody() {
  const evaluation = useEvaluation();
  const { facts } = pairSummary(evaluation);
  const { pull, push } = pullAndPush(evaluation);
  return (
    <>
      <p>
        Why bother with pairs of different people at all? Picture training on same-person pairs
        alone. Their loss, D², reaches zero once every such pair has shrunk to nothing, and there is
        a cheap way to get there: put every photo on one and the same spot. The loss would score
        that map as perfect, yet it could no longer tell anybody apart. This failure is called{' '}
        <dfn>collapse</dfn>: every input sent to a single point.
      </p>
      <p>
        The figure now shows a collapsed map: nine photos of three people, crowded onto one spot
        about a hundredth apart. Its <span className="live">{facts.similar}</span> same-person pairs
        add just <span className="live">{fixed4(pull)}</span> to the loss. The other{' '}
        <span className="live">{fixed4(push)}</span> comes from its{' '}
        <span className="live">{facts.dissimilar}</span> pairs of different people, of which{' '}
        <span className="live">{facts.activeDissimilar}</span> are closer than the margin. A pair
        like that costs almost m² while its photos nearly touch, and pushes them apart; in the crowd
        as it starts, those pushes turn every arrow outwards.
      </p>
      <p>
        Slide the margin down to 0 and the push is switched off: the total falls to the pulls alone,
        next to nothing, and the collapsed map scores as all but perfect. Bring m back to 1 and
        press Play. The pushes throw the photos apart; then the pulls gather each person’s photos
        again, until the three people sit in three tight groups, at least a margin from each other,
        and the loss has fallen to nothing.
      </p>
    </>
  );
}
