/**
 * When a scene is too big to draw every pair, circle and arrow as SVG elements, the plane draws
 * them on a canvas instead, and draws lines only for what is highlighted or selected: a thousand
 * points make half a million pairs, far more than anyone can read. (A dense scene is crowded too:
 * its margin circles follow circlePoints in crowding.ts.)
 */
import type { Evaluation } from '../../scene/evaluation';
import type { Highlight } from '../../scene/store';

export const DENSE_POINTS = 120;
export const DENSE_PAIRS = 3000;
/** The most hard-negative lines a dense scene draws at once. */
export const MAX_HARD_LINES = 3000;

export function isDense(points: number, pairs: number): boolean {
  return points > DENSE_POINTS || pairs > DENSE_PAIRS;
}

/**
 * A point symbol's area, px²: 260 (about 18 px across) when there is room, shrinking so that many
 * points cover at most about a sixth of the plot, but never below 40.
 */
export function symbolArea(points: number, plotWidth: number, plotHeight: number): number {
  return Math.round(
    Math.max(40, Math.min(260, (plotWidth * plotHeight) / (6 * Math.max(1, points)))),
  );
}

/**
 * In a dense scene, the pairs worth a line: the highlighted point's pairs that pull or push it
 * (its hundreds of pairs at rest would only hide them), the highlighted pair, the selected one,
 * and with the hard-negative view, the dissimilar pairs inside the margin.
 */
export function densePairs(
  evaluation: Evaluation,
  highlight: Highlight,
  selected: number | null,
  hardNegatives = false,
): number[] {
  const chosen = new Set<number>();
  if (hardNegatives) {
    // Every dissimilar pair inside the margin, up to a number a canvas draws in a frame.
    const { pairs, distance, scene } = evaluation;
    for (let p = 0; p < pairs.count && chosen.size < MAX_HARD_LINES; p++) {
      if (pairs.similar[p] === 0 && distance[p]! < scene.margin) chosen.add(p);
    }
  }
  if (highlight?.kind === 'point') {
    const { offsets, pairIndex } = evaluation.incidence;
    for (let k = offsets[highlight.index]!; k < offsets[highlight.index + 1]!; k++) {
      const p = pairIndex[k]!;
      if (evaluation.pairShare[p]! > 0) chosen.add(p);
    }
  }
  if (highlight?.kind === 'pair') chosen.add(highlight.index);
  if (selected !== null && selected < evaluation.pairs.count) chosen.add(selected);
  return [...chosen];
}
