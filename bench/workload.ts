/**
 * The engine benchmarks' workload, identical for every implementation they time: scenes of n
 * points in the shapes each implementation reads, and a fixed sequence of moves.
 */
import { compileScene } from '../src/scene/compile';
import { generateScene } from '../src/scene/generate';
import type { ReferencePoint } from '../src/testing/referenceLosses';

/** The margin the scenes are generated with and every loss is evaluated at. */
export const MARGIN = 1;

/** A scene of n points, 5 photos per identity, all pairs, always the same for the same n. */
export function sceneOf(n: number) {
  const generated = generateScene({
    identities: n / 5,
    photos: 5,
    spread: 0.15,
    seed: 1,
    margin: MARGIN,
  });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  const scene = generated.value;
  const compiled = compileScene(scene);
  const xs = Float64Array.from(scene.points, (p) => p.x);
  const ys = Float64Array.from(scene.points, (p) => p.y);
  const points: ReferencePoint[] = scene.points.map((p, i) => ({
    x: p.x,
    y: p.y,
    identity: compiled.identityOf[i]!,
  }));
  const { first, second, similar } = compiled.pairs;
  const pairs = Array.from(first, (i, p) => ({ i, j: second[p]!, similar: similar[p] === 1 }));
  return { xs, ys, points, pairs, compiled };
}

/** The same pseudo-random moves for every implementation: point index and its new position. */
export function movesFor(n: number, count: number) {
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => ({
    point: Math.floor(next() * n),
    x: next() * 4 - 2,
    y: next() * 4 - 2,
  }));
}
