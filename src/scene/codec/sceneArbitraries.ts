/** fast-check arbitraries of valid scenes, for the readers' fuzz tests (fuzz.test.ts). */
import fc from 'fast-check';
import { DEFAULT_LOSS, lossIds, MARGIN, TEMPERATURE } from '../../engine';
import { LIMITS, type Scene } from '../model';

// Built from characters rather than fc.stringMatching, which is ten times slower.
const WORD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'.split('');
const label = fc.string({ unit: fc.constantFrom(...WORD), minLength: 1, maxLength: 12 });
export const identity = fc.string({
  unit: fc.constantFrom(...WORD, ' '),
  minLength: 1,
  maxLength: 24,
});
const colour = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).toUpperCase().padStart(6, '0')}`);
export const coordinate = fc.double({
  min: -LIMITS.maxCoordinate,
  max: LIMITS.maxCoordinate,
  noNaN: true,
});

/** A valid scene with every optional key possible; `maxPoints` keeps thousands of runs quick. */
export const sceneArb = (maxPoints = 16): fc.Arbitrary<Scene> =>
  fc.uniqueArray(label, { minLength: 1, maxLength: maxPoints }).chain((labels) =>
    fc.record(
      {
        margin: fc.double({ min: MARGIN.min, max: MARGIN.max, noNaN: true }),
        points: fc.tuple(
          ...labels.map((name) =>
            fc.record({ label: fc.constant(name), identity, x: coordinate, y: coordinate }),
          ),
        ),
        pairs: fc.oneof(
          fc.constant('all' as const),
          fc
            .uniqueArray(fc.tuple(fc.nat(labels.length - 1), fc.nat(labels.length - 1)), {
              selector: ([a, b]) => (a < b ? `${a},${b}` : `${b},${a}`),
            })
            .map((pairs) =>
              pairs.filter(([a, b]) => a !== b).map(([a, b]) => [labels[a]!, labels[b]!] as const),
            ),
          fc.record({
            kind: fc.constant('balanced' as const),
            perSimilar: fc.integer({ min: 1, max: LIMITS.maxPerSimilar }),
            seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
          }),
        ),
        norm: fc.boolean(),
        lr: fc.double({ min: 0, max: LIMITS.maxLearningRate, minExcluded: true, noNaN: true }),
        loss: fc.constantFrom(...lossIds()),
        tau: fc.double({ min: TEMPERATURE.min, max: TEMPERATURE.max, noNaN: true }),
        colours: fc.dictionary(identity, colour, { maxKeys: 4 }),
      },
      { requiredKeys: ['margin', 'points', 'pairs'] },
    ),
  );

/** −0 is read as 0 (badInputs.test.ts); everything else must come back as it was. */
export const plainZeros = (scene: Scene): Scene => ({
  ...scene,
  margin: scene.margin + 0,
  points: scene.points.map((p) => ({ ...p, x: p.x + 0, y: p.y + 0 })),
});

/** The keys a link leaves out when they hold their defaults. */
export const asLinkKeeps = (scene: Scene): Scene => {
  const { norm, lr, loss, tau, colours, ...rest } = plainZeros(scene);
  return {
    ...rest,
    ...(norm ? { norm } : {}),
    ...(lr === undefined ? {} : { lr }),
    ...(loss === undefined || loss === DEFAULT_LOSS ? {} : { loss }),
    ...(tau === undefined || tau === TEMPERATURE.initial ? {} : { tau }),
    ...(colours && Object.keys(colours).length > 0 ? { colours } : {}),
  };
};
