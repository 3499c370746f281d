/**
 * The thin layer between the friendly scene (labels, identities) and the engine's flat arrays
 * (indices, identity ids).
 */
import { allPairs, incidenceOf, listedPairs, type PairIncidence, type PairList } from '../engine';
import type { Scene } from './model';

export interface CompiledScene {
  /** Identity names in order of first appearance; a point's identity id indexes this list. */
  readonly identities: readonly string[];
  readonly identityOf: Int32Array;
  readonly pairs: PairList;
  readonly incidence: PairIncidence;
}

/** Identity names in order of first appearance, so colours follow the scene's own order. */
export function identitiesOf(scene: Scene): string[] {
  return [...new Set(scene.points.map((point) => point.identity))];
}

export function compileScene(scene: Scene): CompiledScene {
  const identities = identitiesOf(scene);
  const idOf = new Map(identities.map((name, id) => [name, id]));
  const identityOf = Int32Array.from(scene.points, (point) => idOf.get(point.identity) ?? -1);
  let pairs: PairList;
  if (scene.pairs === 'all') {
    pairs = allPairs(identityOf);
  } else {
    const indexOf = new Map(scene.points.map((point, index) => [point.label, index]));
    // Validated scenes name existing points only; anything else is dropped rather than guessed.
    const known = scene.pairs.filter(([a, b]) => indexOf.has(a) && indexOf.has(b));
    pairs = listedPairs(
      identityOf,
      known.map(([a]) => indexOf.get(a) ?? 0),
      known.map(([, b]) => indexOf.get(b) ?? 0),
    );
  }
  return { identities, identityOf, pairs, incidence: incidenceOf(pairs, scene.points.length) };
}
