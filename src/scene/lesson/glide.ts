/**
 * Between two steps of a lesson the points both steps name glide from the first step's places to
 * the second's, so a class sees what moved rather than a cut. The others are at their new places
 * from the start.
 */
import type { Scene } from '../model';

/** Eased so the points set off and arrive gently, as a hand would move them. */
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The scene `to`, with each point `from` also holds a share `t` of the way from there. */
export function glideFrame(from: Scene, to: Scene, t: number): Scene {
  const start = new Map(from.points.map((point) => [point.label, point]));
  const s = ease(Math.min(1, Math.max(0, t)));
  return {
    ...to,
    points: to.points.map((point) => {
      const before = start.get(point.label);
      if (!before) return point;
      return {
        ...point,
        x: before.x + (point.x - before.x) * s,
        y: before.y + (point.y - before.y) * s,
      };
    }),
  };
}
