/**
 * What a crowded scene leaves out so it stays readable, decided once for the SVG marks of small
 * scenes and the canvas of dense ones alike. A scene of the worked example's size draws every
 * margin circle and every line; past a dozen points or so (the 8 people × 5 photos preset has 40
 * points and 780 pairs) all of them at once are a tangle, so only the circles of the point in
 * hand are drawn and the lines that carry no loss fade almost away.
 */
import { lossOf } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import type { Highlight } from '../../../scene/store/store';
import { MARGIN_NONE, pairSummary } from '../../kit/pairSummary';

/** A scene is crowded above this many points, or this many pairs (12 points with every pair). */
export const CROWDED_POINTS = 12;
export const CROWDED_PAIRS = 66;

/** How opaque a faded line is: there to be found, not to be read. */
export const FAINT_OPACITY = 0.1;

export function isCrowded(points: number, pairs: number): boolean {
  return points > CROWDED_POINTS || pairs > CROWDED_PAIRS;
}

/** What the reader has in hand: the point or pair pointed at, the pair selected, the point chosen. */
export interface MarkFocus {
  readonly highlight: Highlight;
  readonly selected: number | null;
  /** The point last grabbed, focused or picked (the store's activePoint). */
  readonly active: number | null;
}

/**
 * The points whose margin circle is drawn, in point order. Only a loss made of pair terms has a
 * margin circle, and only a point with a partner of another identity has one. In a small scene,
 * all of them; in a crowded one, those of the point in hand (pointed at or chosen) and the two
 * ends of a dissimilar pair pointed at or selected.
 */
export function circlePoints(evaluation: Evaluation, focus: MarkFocus, crowded: boolean): number[] {
  if (!lossOf(evaluation.objective).pairTerms) return [];
  const { marginState } = pairSummary(evaluation);
  const n = marginState.length;
  const has = (i: number) => i >= 0 && i < n && marginState[i] !== MARGIN_NONE;
  if (!crowded) return [...marginState.keys()].filter(has);
  const chosen = new Set<number>();
  const { first, second, similar, count } = evaluation.pairs;
  const addPair = (p: number) => {
    if (p < 0 || p >= count || similar[p] === 1) return;
    chosen.add(first[p]!);
    chosen.add(second[p]!);
  };
  const { highlight, selected, active } = focus;
  if (highlight?.kind === 'point') chosen.add(highlight.index);
  if (highlight?.kind === 'pair') addPair(highlight.index);
  if (selected !== null) addPair(selected);
  if (active !== null) chosen.add(active);
  return [...chosen].filter(has).sort((a, b) => a - b);
}

/**
 * Whether pair p's line fades almost away: in a crowded scene, a line that is not lit and either
 * joins two identities without carrying loss (at rest beyond the margin: most of a crowded
 * scene's lines, saying only "nothing happens here") or is mere context, under a loss that is not
 * a sum of pair terms (the triplet loss, InfoNCE), whose own marks would drown under hundreds.
 */
export function isFaintLine(evaluation: Evaluation, p: number, crowded: boolean, lit: boolean) {
  if (!crowded || lit) return false;
  if (!lossOf(evaluation.objective).pairTerms) return true;
  return evaluation.pairs.similar[p] === 0 && evaluation.pairShare[p] === 0;
}
