/**
 * What a frame changed since the dense plane's lower layers were drawn: the tests the drawer
 * (denseDrawer.ts) makes to keep a layer, redraw it, or move a point's marks to the live layer.
 */
import type { Evaluation } from '../../../../scene/evaluation';
import { sameShape, type Scene } from '../../../../scene/model';

/** The same point objects (so the same places and identities), but perhaps the one left out. */
export function samePointsBut(a: Scene['points'], b: Scene['points'], left: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && i !== left) return false;
  return true;
}

/** Everything but the positions the same: the layers below can be kept. */
export function sameButPositions(a: Scene, b: Scene): boolean {
  return (
    a.margin === b.margin &&
    a.loss === b.loss &&
    a.tau === b.tau &&
    a.norm === b.norm &&
    sameShape(a, b)
  );
}

/**
 * The points whose arrows a move of `k` changes: k and every partner it pulls or pushes. With
 * `ahead`, also the partners within twice the margin, which a move may soon reach: the layers
 * below are then drawn again only once the point has travelled about a margin.
 */
export function feelsMove(evaluation: Evaluation, k: number, ahead: boolean): Set<number> {
  const feeling = new Set([k]);
  const { incidence, pairs, pairShare, distance, scene } = evaluation;
  for (let e = incidence.offsets[k]!; e < incidence.offsets[k + 1]!; e++) {
    const p = incidence.pairIndex[e]!;
    const near = ahead && distance[p]! < 2 * scene.margin;
    if (pairShare[p] === 0 && !near) continue;
    feeling.add(pairs.first[p] === k ? pairs.second[p]! : pairs.first[p]!);
  }
  return feeling;
}
