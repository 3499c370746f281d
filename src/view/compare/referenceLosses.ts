/**
 * The three losses written out by their definitions (CONTRACT.md section 4), one term at a time,
 * with none of the engine's shortcuts: the yardstick the comparison's tests measure against.
 */
import type { Scene } from '../../scene/model';

type Point = Scene['points'][number];

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Σ over the listed pairs of y·D² + (1 − y)·max(m − D, 0)². */
export function referenceContrastive(scene: Scene, pairs: readonly (readonly [string, string])[]) {
  const byLabel = new Map(scene.points.map((p) => [p.label, p]));
  let total = 0;
  for (const [a, b] of pairs) {
    const p = byLabel.get(a)!;
    const q = byLabel.get(b)!;
    const d = distance(p, q);
    total += p.identity === q.identity ? d * d : Math.max(scene.margin - d, 0) ** 2;
  }
  return total;
}

/** Σ over every (anchor, positive, negative) of max(D(a,p) − D(a,n) + m, 0). */
export function referenceTriplet(scene: Scene) {
  let total = 0;
  for (const a of scene.points)
    for (const p of scene.points)
      for (const n of scene.points)
        if (p !== a && p.identity === a.identity && n.identity !== a.identity)
          total += Math.max(distance(a, p) - distance(a, n) + scene.margin, 0);
  return total;
}

/** The mean over ordered same-identity pairs of −log softmax of cos/τ. */
export function referenceInfoNce(scene: Scene, tau: number) {
  const cosine = (a: Point, b: Point) =>
    (a.x * b.x + a.y * b.y) / (Math.hypot(a.x, a.y) * Math.hypot(b.x, b.y));
  let sum = 0;
  let count = 0;
  for (const i of scene.points) {
    const others = scene.points.filter((k) => k !== i);
    const denominator = others.reduce((s, k) => s + Math.exp(cosine(i, k) / tau), 0);
    for (const j of others) {
      if (j.identity !== i.identity) continue;
      sum += -Math.log(Math.exp(cosine(i, j) / tau) / denominator);
      count++;
    }
  }
  return count ? sum / count : 0;
}
