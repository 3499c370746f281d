import type { Evaluation } from '../../scene/evaluation';
import { useEvaluation, useExplorer } from '../explorerContext';

/**
 * The pair the article's formula, steps and charts talk about: the selected pair, else the
 * first dissimilar pair (A1–B1 in the worked example), else the first pair; -1 when there is none.
 */
export function focusPairOf({ pairs }: Evaluation, selected: number | null): number {
  if (selected !== null && selected < pairs.count) return selected;
  const dissimilar = pairs.similar.indexOf(0);
  if (dissimilar >= 0) return dissimilar;
  return pairs.count > 0 ? 0 : -1;
}

export function useFocusPair(): { evaluation: Evaluation; pair: number; selected: boolean } {
  const evaluation = useEvaluation();
  const selected = useExplorer((state) => state.selectedPair);
  const pair = focusPairOf(evaluation, selected);
  return { evaluation, pair, selected: selected !== null && selected === pair };
}

/** "A1–B1": a pair's name as the page writes it. */
export function pairName({ scene, pairs }: Evaluation, p: number): string {
  return `${scene.points[pairs.first[p]!]!.label}–${scene.points[pairs.second[p]!]!.label}`;
}
