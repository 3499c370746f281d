/**
 * The thin layer between the friendly scene (labels, identities) and the engine's flat arrays
 * (indices, identity ids).
 */
import {
  allPairs,
  balancedPairs,
  incidenceOf,
  listedPairs,
  type PairIncidence,
  type PairList,
} from '../engine';
import type { Scene } from './model';
import { paletteColour } from './palette';

export interface CompiledScene {
  /** Identity names in order of first appearance; a point's identity id indexes this list. */
  readonly identities: readonly string[];
  readonly identityOf: Int32Array;
  /** Each identity's colour: the scene's choice, or the palette's in order. */
  readonly identityColours: readonly string[];
  readonly pairs: PairList;
  readonly incidence: PairIncidence;
}

/** Identity names in order of first appearance, so colours follow the scene's own order. */
export function identitiesOf(scene: Scene): string[] {
  return [...new Set(scene.points.map((point) => point.identity))];
}

function pairsOf(scene: Scene, identityOf: Int32Array): PairList {
  const spec = scene.pairs;
  if (spec === 'all') return allPairs(identityOf);
  if ('kind' in spec) return balancedPairs(identityOf, spec.perSimilar, spec.seed);
  const indexOf = new Map(scene.points.map((point, index) => [point.label, index]));
  // Validated scenes name existing points only; anything else is dropped rather than guessed.
  const known = spec.filter(([a, b]) => indexOf.has(a) && indexOf.has(b));
  return listedPairs(
    identityOf,
    known.map(([a]) => indexOf.get(a)!),
    known.map(([, b]) => indexOf.get(b)!),
  );
}

export function compileScene(scene: Scene): CompiledScene {
  const identities = identitiesOf(scene);
  const idOf = new Map(identities.map((name, id) => [name, id]));
  const identityOf = Int32Array.from(scene.points, (point) => idOf.get(point.identity) ?? -1);
  const pairs = pairsOf(scene, identityOf);
  return {
    identities,
    identityOf,
    // Own keys only: an identity may be called "constructor" or "toString".
    identityColours: identities.map((name, id) =>
      scene.colours && Object.hasOwn(scene.colours, name)
        ? scene.colours[name]!
        : paletteColour(id),
    ),
    pairs,
    incidence: incidenceOf(pairs, scene.points.length),
  };
}
