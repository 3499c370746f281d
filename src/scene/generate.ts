/**
 * Generated scenes: K identities × P photos, each identity's photos scattered around its own
 * centre with a given spread. The same inputs always give the same scene (seeded generator).
 */
import { format, randomLcg, randomNormal, randomUniform } from 'd3';
import { LIMITS, type Checked, type Scene } from './model';

const count = format(',d');

export interface GenerateOptions {
  readonly identities: number;
  readonly photos: number;
  /** Standard deviation of a photo around its identity's centre, in plane units. */
  readonly spread: number;
  readonly seed: number;
  readonly margin?: number;
  /**
   * Where each identity's photos gather, one centre per identity; without them the centres are
   * drawn at random in a square whose side grows with √K.
   */
  readonly centres?: readonly { readonly x: number; readonly y: number }[];
}

/** Names for the first identities, so A1 is one of Alice's photos as in the worked example. */
const NAMES = [
  'alice',
  'bob',
  'carol',
  'dan',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'ken',
  'lena',
  'mallory',
  'nina',
  'oscar',
  'peggy',
  'quinn',
  'rupert',
  'sybil',
  'trent',
  'uma',
  'victor',
  'wendy',
  'xavier',
  'yara',
  'zoe',
];

/** A, B, …, Z, AA, AB, …: a short code for identity k. */
export function identityCode(k: number): string {
  let code = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26))
    code = String.fromCharCode(65 + ((n - 1) % 26)) + code;
  return code;
}

/** A coordinate to four decimals, as a generated scene writes them. */
export const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

export function generateScene(options: GenerateOptions): Checked<Scene> {
  const { identities, photos, spread, seed, margin = 1, centres } = options;
  const problems: string[] = [];
  if (!Number.isInteger(identities) || identities < 1)
    problems.push('The number of identities must be a whole number of at least 1.');
  if (!Number.isInteger(photos) || photos < 1)
    problems.push('The number of photos per identity must be a whole number of at least 1.');
  if (problems.length === 0 && identities * photos > LIMITS.maxPoints)
    problems.push(
      `${identities} × ${photos} = ${count(identities * photos)} points, more than the ${count(LIMITS.maxPoints)} a scene can hold: fewer people or fewer photos each.`,
    );
  if (!(spread >= 0 && spread <= 10)) problems.push('The spread must be a number from 0 to 10.');
  if (!Number.isInteger(seed)) problems.push('The seed must be a whole number.');
  if (centres && centres.length !== identities)
    problems.push(`${identities} identities need ${identities} centres, not ${centres.length}.`);
  if (problems.length > 0) return { ok: false, problems };

  const source = randomLcg(seed);
  // Centres fill a square whose side grows with √K, so identities keep the same room each.
  const side = Math.max(1, Math.sqrt(identities) * 0.9);
  const uniform = randomUniform.source(source)(-side / 2, side / 2);
  const normal = randomNormal.source(source)(0, spread);
  const points = [];
  for (let k = 0; k < identities; k++) {
    const cx = centres ? centres[k]!.x : uniform();
    const cy = centres ? centres[k]!.y : uniform();
    const code = identityCode(k);
    const identity = k < NAMES.length ? NAMES[k]! : `person ${code}`;
    for (let photo = 1; photo <= photos; photo++) {
      points.push({
        label: `${code}${photo}`,
        identity,
        x: round4(cx + normal()),
        y: round4(cy + normal()),
      });
    }
  }
  return { ok: true, value: { margin, points, pairs: 'all' } };
}
