/** Ready-made scenes: the ones the article's exercises set up, and the Scene panel's presets. */
import { defaultScene } from './defaultScene';
import { generateScene, round4, type GenerateOptions } from './generate';
// The hand-placed presets' photos are data, kept as JSON beside this file.
import HAND_PLACED from './handPlaced.json' with { type: 'json' };
import { tidy, type Scene, type ScenePoint } from './model';

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
 * A preset of these points with every pair scored, moved by (0.5, 0.5). Presets sit away from the
 * origin: InfoNCE reads only each point's direction from it, and a point near the origin turns a
 * long way for a small move, which no sensible learning rate follows. Distances, and so the
 * contrastive and triplet losses, are the same anywhere.
 */
const awayFromOrigin = (margin: number, points: readonly ScenePoint[]): Scene => ({
  margin,
  points: points.map((point) => ({ ...point, x: tidy(point.x + 0.5), y: tidy(point.y + 0.5) })),
  pairs: 'all',
});

/**
 * A margin too small for the scale of the embeddings: m = 0.3, and three people whose photos sit
 * 0.32 to 0.38 apart, just past the margin, where they get no gradient at all.
 */
export const marginTooSmall = awayFromOrigin(0.3, HAND_PLACED.marginTooSmall);

/**
 * Nine photos of three people crowded onto one spot, a hundredth apart: the collapse a loss
 * without negatives allows. (Not exactly one spot: there the triplet loss and InfoNCE have no
 * gradient at all, and training could not show them pulling the photos apart.)
 */
export const collapse = awayFromOrigin(
  1,
  ['alice', 'bob', 'carol'].flatMap((identity, k) =>
    [0, 1, 2].map((photo) => {
      // Around a small circle, the three people's photos interleaved.
      const angle = ((3 * photo + k) * 2 * Math.PI) / 9;
      return {
        label: `${'ABC'[k]}${photo + 1}`,
        identity,
        x: 0.01 * Math.cos(angle),
        y: 0.01 * Math.sin(angle),
      };
    }),
  ),
);

/**
 * Hard negatives: three people whose photos interleave on a small grid, each photo nearer to
 * someone else's than to its own identity's, and every dissimilar pair well inside m = 1.
 */
export const lookAlikes = awayFromOrigin(1, HAND_PLACED.lookAlikes);

/** A scene built on first use and kept, so importing this module stays cheap. */
function once(build: () => Scene): () => Scene {
  let scene: Scene | undefined;
  return () => (scene ??= build());
}

function generated(options: GenerateOptions): () => Scene {
  return once(() => {
    const result = generateScene(options);
    if (!result.ok) throw new Error(`A preset breaks the rules: ${result.problems.join(' ')}`);
    return result.value;
  });
}

/** How far apart neighbouring people sit in the eight-people preset: a little more than m = 1. */
export const EIGHT_PEOPLE_SPACING = 1.25;

/**
 * Eight centres on a triangular lattice, rows of 3, 2 and 3, each EIGHT_PEOPLE_SPACING from its
 * neighbours: the clusters stand clearly apart, and only the edges of neighbouring clusters
 * come within the margin, so there is still something to push.
 */
function latticeCentres(spacing: number): { x: number; y: number }[] {
  const row = (spacing * Math.sqrt(3)) / 2;
  const at = (x: number, y: number) => ({ x: round4(x * spacing), y: round4(y * row) });
  return [at(-1, 1), at(0, 1), at(1, 1), at(-0.5, 0), at(0.5, 0), at(-1, -1), at(0, -1), at(1, -1)];
}

/** Eight people with five photos each around their own centre: 40 points, 780 pairs. */
export const eightPeople = generated({
  identities: 8,
  photos: 5,
  spread: 0.12,
  seed: 7,
  centres: latticeCentres(EIGHT_PEOPLE_SPACING),
});

/** Twenty people's photos spread so wide they overlap: 1,000 points, 499,500 pairs. */
export const thousandPoints = generated({ identities: 20, photos: 50, spread: 0.6, seed: 11 });

export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scene: Scene;
}

/** A preset whose scene is built only when something reads it. */
function lazyPreset(id: string, title: string, description: string, scene: () => Scene): Preset {
  return {
    id,
    title,
    description,
    get scene() {
      return scene();
    },
  };
}

/** The scenes the Scene panel offers, in the order it shows them. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'seed',
    title: 'Seed example',
    description: 'Alice and Bob, two photos each, four pairs.',
    scene: defaultScene,
  },
  {
    id: 'margin-too-small',
    title: 'Margin too small',
    description: 'm = 0.3, and negatives waiting just past it.',
    scene: marginTooSmall,
  },
  {
    id: 'collapse',
    title: 'Collapse',
    description: 'Three people, nine photos, crowded onto one spot.',
    scene: collapse,
  },
  {
    id: 'look-alikes',
    title: 'Look-alikes',
    description: 'Three people mixed together: hard negatives.',
    scene: lookAlikes,
  },
  lazyPreset(
    'eight-people',
    '8 people × 5 photos',
    'Eight small clusters a little more than m apart, every pair scored.',
    eightPeople,
  ),
  lazyPreset(
    'thousand-points',
    '1,000 random points',
    'Twenty people scattered over each other.',
    thousandPoints,
  ),
];
