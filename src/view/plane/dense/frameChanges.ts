/**
 * What a frame changed since the dense plane's lower layers were drawn: the tests the drawer
 * (denseDrawer.ts) makes to keep a layer, redraw it, or move a point's marks to the live layer.
 */
import type { Evaluation } from '../../../scene/evaluation';
import type { Scene } from '../../../scene/model';

/** The same point objects (so the same places and identities), but perhaps the one left out. */
export function samePointsBut(a: Scene['points'], b: Scene['points'], left: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && i !== left) return false;
  return true;
}

/** Everything but the positions the same: the layers below can be kept. */
export function sameButPositions(a: Scene, b: Scene): boolean {
  if (
    a.pairs !== b.pairs ||
    a.colours !== b.colours ||
    a.margin !== b.margin ||
    a.loss !== b.loss ||
    a.tau !== b.tau ||
    a.norm !== b.norm ||
    a.points.length !== b.points.length
  )
    return false;
  for (let i = 0; i < a.points.length; i++) {
    const [p, q] = [a.points[i]!, b.points[i]!];
    if (p !== q && (p.label !== q.label || p.identity !== q.identity)) return false;
  }
  return true;
}

/** The one point whose position differs between two scenes of the same points, -1 for none, -2 for more. */
export function movedPoint(a: Scene, b: Scene): number {
  let moved = -1;
  for (let i = 0; i < a.points.length; i++) {
    if (a.points[i] === b.points[i]) continue;
    if (moved !== -1) return -2;
    moved = i;
  }
  return moved;
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
