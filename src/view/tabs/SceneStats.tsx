import { lossOf, pairCountOf } from '../../engine';
import { useEvaluation, useLiveEvaluation } from '../explorerContext';
import { LossSwitcher } from '../losses/LossSwitcher';
import { fixed4, plural, thousands } from '../kit/format';
import { pairSummary } from '../kit/pairSummary';

/** "3.5", "1", "0.25": a ratio to at most two decimals, without trailing zeros. */
const ratioText = (value: number) => String(Math.round(value * 100) / 100);

function Stat({ testId, value, children }: { testId: string; value: number; children: string }) {
  return (
    <span className="stat">
      <strong data-testid={testId} data-value={value}>
        {thousands(value)}
      </strong>{' '}
      {children}
    </span>
  );
}

/**
 * The total moves with the hand every frame, whatever the scene's size: a leaf of its own, so a
 * frame re-renders one number, not the counts beside it. While a large scene's triplet or InfoNCE
 * total is still being computed off the page it shows the newest finished one, faded.
 */
export function LiveTotal() {
  const { total, pending } = useLiveEvaluation();
  return (
    <p className="stat-total">
      Total loss{' '}
      <strong
        data-testid="total-loss"
        data-value={String(total)}
        data-pending={pending}
        title={pending ? 'The newest total worked out so far; the next is on its way' : undefined}
      >
        {fixed4(total)}
      </strong>
    </p>
  );
}

/**
 * The loss chosen and its total, in view whichever tab is open, and the scene in counts
 * (CONTRACT.md section 5): points, the pairs scored, how many are similar and dissimilar, and,
 * for the contrastive loss, how many dissimilar pairs still push and how many pairs give no
 * gradient at all.
 */
export function SceneStats() {
  const evaluation = useEvaluation();
  const { facts } = pairSummary(evaluation);
  const possible = pairCountOf(facts.points);
  const restingShare = facts.pairs > 0 ? facts.resting / facts.pairs : 0;
  return (
    <div className="scene-stats">
      <LossSwitcher />
      <LiveTotal />
      <p className="stat-counts" aria-label="Scene statistics">
        <Stat testId="stat-points" value={facts.points}>
          {plural(facts.points, 'point')}
        </Stat>
        <span className="stat">
          <strong data-testid="stat-pairs" data-value={facts.pairs}>
            {thousands(facts.pairs)}
          </strong>{' '}
          {plural(facts.pairs, 'pair')}
          {facts.pairs !== possible && <span className="muted"> of {thousands(possible)}</span>}
        </span>
        <span className="stat">
          <strong data-testid="stat-positive" data-value={facts.similar}>
            {thousands(facts.similar)}
          </strong>{' '}
          similar,{' '}
          <strong data-testid="stat-negative" data-value={facts.dissimilar}>
            {thousands(facts.dissimilar)}
          </strong>{' '}
          dissimilar{' '}
          <span data-testid="stat-ratio">
            {facts.similar > 0 ? `(1 : ${ratioText(facts.dissimilar / facts.similar)})` : ''}
          </span>
        </span>
        {lossOf(evaluation.objective).pairTerms && (
          <>
            <Stat testId="stat-active-negative" value={facts.activeDissimilar}>
              inside m
            </Stat>
            <span className="stat">
              <strong data-testid="stat-zero-gradient" data-value={restingShare}>
                {Math.round(restingShare * 100)}%
              </strong>{' '}
              zero gradient
            </span>
          </>
        )}
      </p>
    </div>
  );
}
