/**
 * When a scene is too big to draw every pair, circle and arrow as SVG elements, the plane draws
 * them on a canvas instead, and draws lines only for what is highlighted or selected: a thousand
 * points make half a million pairs, far more than anyone can read. (A dense scene is crowded too:
 * its margin circles follow circlePoints in crowding.ts.)
 */
import type { Evaluation } from '../../../scene/evaluation';
import type { Highlight } from '../../../scene/store/store';

export const DENSE_POINTS = 120;
export const DENSE_PAIRS = 3000;
/** The most hard-negative lines a dense scene draws at once. */
export const MAX_HARD_LINES = 3000;
/**
 * The most lines a point in hand draws: its pairs carrying the largest shares. Under the
 * contrastive loss a point rarely has more at work; under the triplet loss nearly all of its
 * thousand pairs carry some share, and drawn together they are a dark fan that hides the plane.
 */
export const MAX_POINT_LINES = 40;

/** The point's pairs that carry a share of the loss, the largest MAX_POINT_LINES of them. */
function strongestPairs({ incidence, pairShare }: Evaluation, point: number): number[] {
  const carrying: number[] = [];
  for (let k = incidence.offsets[point]!; k < incidence.offsets[point + 1]!; k++) {
    const p = incidence.pairIndex[k]!;
    if (pairShare[p]! > 0) carrying.push(p);
  }
  if (carrying.length <= MAX_POINT_LINES) return carrying;
  return carrying.sort((a, b) => pairShare[b]! - pairShare[a]! || a - b).slice(0, MAX_POINT_LINES);
}

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

/** What decides a dense scene's lines: the point or pair in hand, the selection, the view. */
export interface LineFocus {
  readonly highlight: Highlight;
  readonly selected: number | null;
  readonly hardNegatives: boolean;
}

/**
 * In a dense scene, the pairs worth a line: the highlighted point's pairs that pull or push it
 * (its hundreds of pairs at rest would only hide them), the highlighted pair, the selected one,
 * and with the hard-negative view, the dissimilar pairs inside the margin. Given `only`, just
 * those of that point's pairs (the lines a drag of it moves).
 */
export function densePairs(evaluation: Evaluation, focus: LineFocus, only?: number): number[] {
  const { highlight, selected, hardNegatives } = focus;
  const { pairs, distance, scene, incidence } = evaluation;
  const hard = (p: number) =>
    hardNegatives && pairs.similar[p] === 0 && distance[p]! < scene.margin;
  const lit = highlight?.kind === 'point' ? highlight.index : -1;
  const litPairs = new Set(
    lit >= 0 && lit < scene.points.length ? strongestPairs(evaluation, lit) : [],
  );
  const drawn = (p: number) =>
    hard(p) ||
    litPairs.has(p) ||
    (highlight?.kind === 'pair' && highlight.index === p) ||
    selected === p;
  if (only !== undefined) {
    const own: number[] = [];
    for (let k = incidence.offsets[only]!; k < incidence.offsets[only + 1]!; k++) {
      const p = incidence.pairIndex[k]!;
      if (drawn(p)) own.push(p);
    }
    return own;
  }
  const chosen = new Set<number>();
  if (hardNegatives) {
    // Every dissimilar pair inside the margin, up to a number a canvas draws in a frame.
    for (let p = 0; p < pairs.count && chosen.size < MAX_HARD_LINES; p++)
      if (hard(p)) chosen.add(p);
  }
  for (const p of litPairs) chosen.add(p);
  if (highlight?.kind === 'pair' && highlight.index < pairs.count) chosen.add(highlight.index);
  if (selected !== null && selected < pairs.count) chosen.add(selected);
  return [...chosen];
}
