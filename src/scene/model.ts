/** The scene: everything a user can edit or share. Losses and gradients are derived, never stored. */
import {
  allPairs,
  allPairsIndex,
  balancedPairs,
  listedPairs,
  pairCountOf,
  DEFAULT_LOSS,
  knobs,
  projectToCircle,
  type KnobDefinition,
  type KnobValues,
  type LossId,
  type PairList,
} from '../engine';

export interface ScenePoint {
  /** Short unique name shown on the plane, e.g. "A1". */
  readonly label: string;
  /** Whose photo this is; two points with the same identity form a similar pair (y = 1). */
  readonly identity: string;
  readonly x: number;
  readonly y: number;
}

/** Two point labels; the pair's order is the order it was listed in. */
export type PairLabels = readonly [string, string];

/** Every similar pair, with `perSimilar` dissimilar pairs drawn for each (seeded). */
export interface BalancedPairs {
  readonly kind: 'balanced';
  readonly perSimilar: number;
  readonly seed: number;
}

/** Which pairs the loss scores: every unordered pair, a hand-made list, or a balanced sample. */
export type PairSpec = 'all' | readonly PairLabels[] | BalancedPairs;

/**
 * A scene. Its knobs are fields named by the knob table (engine/losses/knobs.ts): the margin,
 * which every scene holds, and τ are typed here; a loss registered later adds its own field, read
 * and written through `knobValue` and `withKnob` like these.
 */
export interface Scene {
  readonly margin: number;
  readonly points: readonly ScenePoint[];
  readonly pairs: PairSpec;
  /** Embeddings on the unit circle (CONTRACT.md section 4, `norm=1`). */
  readonly norm?: boolean | undefined;
  /** Gradient descent's learning rate (`lr`); when absent, the active loss's default for the scene. */
  readonly lr?: number | undefined;
  /** The loss the page scores and trains with (`loss`); contrastive when absent. */
  readonly loss?: LossId | undefined;
  /** InfoNCE's temperature τ (`tau`); TEMPERATURE.initial when absent. */
  readonly tau?: number | undefined;
  /** Colours chosen for identities ("#RRGGBB"); the others take the palette's in order. */
  readonly colours?: Readonly<Record<string, string>> | undefined;
}

export const lossIdOf = (scene: Scene): LossId => scene.loss ?? DEFAULT_LOSS;

/** What the scene sets `knob` to, if anything (a field only the knob table names). */
export function knobSetting(scene: Scene, knob: KnobDefinition): number | undefined {
  const value: unknown = Reflect.get(scene, knob.field);
  return typeof value === 'number' ? value : undefined;
}

/** The value of `knob` in `scene`: its own setting, or the knob's initial value. */
export const knobValue = (scene: Scene, knob: KnobDefinition): number =>
  knobSetting(scene, knob) ?? knob.initial;

/** Every registered knob's value in `scene`, by field, as the losses read them. */
export const knobValuesOf = (scene: Scene): KnobValues =>
  Object.fromEntries(knobs().map((knob) => [knob.field, knobValue(scene, knob)]));

/** Every registered knob the scene sets, by field, for the codecs (unset ones are left out). */
export const knobSettingsOf = (scene: Scene): Record<string, number | undefined> =>
  Object.fromEntries(knobs().map((knob) => [knob.field, knobSetting(scene, knob)]));

/** The scene with `knob` set to `value`. */
export const withKnob = (scene: Scene, knob: KnobDefinition, value: number): Scene => ({
  ...scene,
  [knob.field]: value,
});

/** The limits of CONTRACT.md section 1, shared by every codec. */
export const LIMITS = {
  maxPoints: 2000,
  maxCoordinate: 1e6,
  label: /^[A-Za-z0-9_]{1,12}$/,
  identity: /^[A-Za-z0-9_ ]{1,24}$/,
  maxLearningRate: 10,
  maxPerSimilar: 100,
} as const;

/** Either a value or the reasons, in plain words, why there is none. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * The keys of `values` that are set, in order: a scene's optional keys are left out, not written
 * as undefined, by every codec.
 */
export function setKeys(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** `value` brought within [low, high]. */
export const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

/** Rounds away binary noise (0.8 + 0.01 → 0.81, not 0.8100000000000001) so numbers read as typed. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Each point's identity as a number (order of first appearance), as the engine takes them. */
export function identityIds(scene: Scene): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(scene.points, (point) => {
    if (!ids.has(point.identity)) ids.set(point.identity, ids.size);
    return ids.get(point.identity)!;
  });
}

/**
 * The pairs the scene scores, as point indices: a balanced sample or a hand-made list (naming only
 * points the scene has; anything else is dropped rather than guessed), or 'all', whose n(n − 1)/2
 * pairs are left to the caller to list (allPairs) or to count.
 */
export function scenePairs(scene: Scene, identityOf = identityIds(scene)): PairList | 'all' {
  const spec = scene.pairs;
  if (spec === 'all') return 'all';
  if ('kind' in spec) return balancedPairs(identityOf, spec.perSimilar, spec.seed);
  const indexOf = new Map(scene.points.map((point, i) => [point.label, i]));
  const known = spec.filter(([a, b]) => indexOf.has(a) && indexOf.has(b));
  return listedPairs(
    identityOf,
    known.map(([a]) => indexOf.get(a)!),
    known.map(([, b]) => indexOf.get(b)!),
  );
}

/** How many pairs the scene scores. */
export function scenePairCount(scene: Scene): number {
  const pairs = scenePairs(scene);
  return pairs === 'all' ? pairCountOf(scene.points.length) : pairs.count;
}

/** Where the pair joining labels a and b sits in the scene's pair order (either way round), or -1. */
export function scenePairIndex(scene: Scene, a: string, b: string): number {
  const ia = scene.points.findIndex((point) => point.label === a);
  const ib = scene.points.findIndex((point) => point.label === b);
  if (ia < 0 || ib < 0 || ia === ib) return -1;
  const pairs = scenePairs(scene);
  if (pairs === 'all') return allPairsIndex(ia, ib, scene.points.length);
  for (let p = 0; p < pairs.count; p++) {
    const [i, j] = [pairs.first[p], pairs.second[p]];
    if ((i === ia && j === ib) || (i === ib && j === ia)) return p;
  }
  return -1;
}

/** The pairs as label lists, for turning any pair mode into a hand-made list. */
export function scenePairLabels(scene: Scene): PairLabels[] {
  const identityOf = identityIds(scene);
  const scored = scenePairs(scene, identityOf);
  const pairs = scored === 'all' ? allPairs(identityOf) : scored;
  const label = (i: number) => scene.points[i]!.label;
  return Array.from(pairs.first, (i, p) => [label(i), label(pairs.second[p]!)] as const);
}

/** Same points, identities, pairs and colours; positions and the knobs may differ. */
export function sameShape(a: Scene, b: Scene): boolean {
  if (a.pairs !== b.pairs || a.colours !== b.colours || a.points.length !== b.points.length)
    return false;
  for (let i = 0; i < a.points.length; i++) {
    const p = a.points[i]!;
    const q = b.points[i]!;
    if (p !== q && (p.label !== q.label || p.identity !== q.identity)) return false;
  }
  return true;
}

/**
 * The one point whose object differs between two scenes of the same points: -1 when none does,
 * -2 when several do.
 */
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
 * A new scene of points (a preset, a generated scene) under the loss chosen now and its knobs: a
 * teacher who picked InfoNCE at τ = 0.5 keeps both while trying scenes. Knobs every scene holds
 * (the margin) are the new scene's own.
 */
export function underLossOf(scene: Scene, current: Scene): Scene {
  return {
    ...scene,
    ...Object.fromEntries(lossKnobs().map((knob) => [knob.field, knobSetting(current, knob)])),
    loss: current.loss,
  };
}

/** The knobs that go with the choice of loss rather than with the points: all but the margin. */
const lossKnobs = () => knobs().filter((knob) => !knob.always);

/** Whether two scenes are scored by the same loss with the same loss knobs. */
export const sameLossSettings = (a: Scene, b: Scene): boolean =>
  lossIdOf(a) === lossIdOf(b) &&
  lossKnobs().every((knob) => knobValue(a, knob) === knobValue(b, knob));

/** With `norm` on, every point projected onto the unit circle; otherwise the scene as it is. */
export function normaliseScene(scene: Scene): Scene {
  if (!scene.norm) return scene;
  const onCircle = scene.points.every((p) => Math.abs(Math.hypot(p.x, p.y) - 1) < 1e-12);
  if (onCircle) return scene;
  return {
    ...scene,
    points: scene.points.map((point) => {
      const [x, y] = projectToCircle(point.x, point.y);
      return { ...point, x: tidy(x), y: tidy(y) };
    }),
  };
}
