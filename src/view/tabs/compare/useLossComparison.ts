import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { lossIds, type LossId } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { useBackgroundScores } from '../../explorerContext';
import type { BackgroundResult } from './backgroundScores';
import { compareLosses, LIVE_POINTS, withActiveCensus, type LossComparison } from './compareLosses';

/**
 * A large scene's comparison: the active loss from the evaluation, the others from the last
 * background job on the same scene shape (positions may have moved on since: `current` says so).
 */
export function fromBackground(
  evaluation: Evaluation,
  latest: BackgroundResult | null,
): LossComparison {
  const sameShape = latest?.evaluation.context.embedding.xs === evaluation.context.embedding.xs;
  const scores = sameShape ? latest.scores : null;
  const totals = Object.fromEntries(
    lossIds().map((id) => [
      id,
      id === evaluation.objective ? evaluation.total : (scores?.totals[id] ?? null),
    ]),
  ) as Record<LossId, number | null>;
  return {
    totals,
    gradients: null,
    census: withActiveCensus(evaluation, scores?.census),
    current: sameShape && latest.evaluation === evaluation,
  };
}

/**
 * The scene under all three losses, following the scene: computed on the page up to
 * LIVE_POINTS points, in the background beyond.
 */
export function useLossComparison(evaluation: Evaluation): LossComparison {
  const large = evaluation.scene.points.length > LIVE_POINTS;
  const backgroundScores = useBackgroundScores();
  const latest = useSyncExternalStore(backgroundScores.subscribe, backgroundScores.latest);
  useEffect(() => {
    if (large) backgroundScores.request(evaluation);
  }, [backgroundScores, large, evaluation]);
  return useMemo(
    () => (large ? fromBackground(evaluation, latest) : compareLosses(evaluation)),
    [large, evaluation, latest],
  );
}
