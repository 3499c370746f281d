/** Ready-made scenes the article's exercises set up on the plane. */
import { defaultScene } from './defaultScene';
import type { Scene } from './model';

/** The worked example's points with every pair, so A1–B2 and A2–B1 are scored too. */
export const examplePointsAllPairs: Scene = { ...defaultScene, pairs: 'all' };

/** A different-identity pair at D = 1.5 with m = 1: beyond the margin, at rest. */
export const pairBeyondMargin: Scene = {
  margin: 1,
  points: [
    { label: 'P', identity: 'alice', x: 0, y: 0 },
    { label: 'Q', identity: 'bob', x: 1.5, y: 0 },
  ],
  pairs: 'all',
};

/**
 * A margin too small for the scale of the embeddings: m = 0.3, and three people whose photos sit
 * 0.32 to 0.38 apart, just past the margin, where they get no gradient at all.
 */
export const marginTooSmall: Scene = {
  margin: 0.3,
  points: [
    { label: 'A1', identity: 'alice', x: 0, y: 0 },
    { label: 'A2', identity: 'alice', x: 0.03, y: 0.02 },
    { label: 'B1', identity: 'bob', x: 0.35, y: 0 },
    { label: 'B2', identity: 'bob', x: 0.38, y: 0.02 },
    { label: 'C1', identity: 'carol', x: 0.175, y: 0.303 },
    { label: 'C2', identity: 'carol', x: 0.205, y: 0.323 },
  ],
  pairs: 'all',
};
