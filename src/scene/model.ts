/** The scene: everything a user can edit or share. Losses and gradients are derived, never stored. */
import { pairCountOf } from '../engine';

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

/** Which pairs the loss scores: every unordered pair, or a hand-made list. */
export type PairSpec = 'all' | readonly PairLabels[];

export interface Scene {
  readonly margin: number;
  readonly points: readonly ScenePoint[];
  readonly pairs: PairSpec;
}

/** The limits of CONTRACT.md section 1, shared by every codec. */
export const LIMITS = {
  maxPoints: 2000,
  maxCoordinate: 1e6,
  maxMargin: 100,
  label: /^[A-Za-z0-9_]{1,12}$/,
  identity: /^[A-Za-z0-9_ ]{1,24}$/,
} as const;

/** Either a value or the reasons, in plain words, why there is none. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Rounds away binary noise (0.8 + 0.01 → 0.81, not 0.8100000000000001) so numbers read as typed. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** How many pairs the scene scores. */
export function scenePairCount(scene: Scene): number {
  return scene.pairs === 'all' ? pairCountOf(scene.points.length) : scene.pairs.length;
}

/** Where the pair joining labels a and b sits in the scene's pair order (either way round), or -1. */
export function scenePairIndex(scene: Scene, a: string, b: string): number {
  if (scene.pairs === 'all') {
    const n = scene.points.length;
    const ia = scene.points.findIndex((point) => point.label === a);
    const ib = scene.points.findIndex((point) => point.label === b);
    if (ia < 0 || ib < 0 || ia === ib) return -1;
    const [i, j] = ia < ib ? [ia, ib] : [ib, ia];
    // Rows (0,1…n−1), (1,2…n−1), …: the pairs before row i, then the offset within it.
    return i * n - (i * (i + 1)) / 2 + (j - i - 1);
  }
  return scene.pairs.findIndex(([p, q]) => (p === a && q === b) || (p === b && q === a));
}
