/**
 * The thin layer between the friendly scene (labels, identities) and the engine's flat arrays
 * (indices, identity ids).
 */
import { allPairs, incidenceOf, type PairIncidence, type PairList } from '../engine';
import { identityIds, scenePairs, type Scene } from './model';
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

export function compileScene(scene: Scene): CompiledScene {
  const identities = identitiesOf(scene);
  const identityOf = identityIds(scene);
  const scored = scenePairs(scene, identityOf);
  const pairs = scored === 'all' ? allPairs(identityOf) : scored;
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
