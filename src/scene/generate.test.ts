import { describe, expect, it } from 'vitest';
import { generateScene, identityCode } from './generate';
import { validateScene } from './codec/validate';

describe('generated scenes', () => {
  it('makes K identities × P photos that pass every rule', () => {
    const scene = generateScene({ identities: 8, photos: 5, spread: 0.1, seed: 7 });
    expect(scene.ok).toBe(true);
    if (!scene.ok) return;
    expect(scene.value.points).toHaveLength(40);
    expect(new Set(scene.value.points.map((p) => p.identity)).size).toBe(8);
    expect(scene.value.points[0]).toMatchObject({ label: 'A1', identity: 'alice' });
    expect(validateScene(scene.value, () => '').ok).toBe(true);
  });

  it('gives the same scene for the same inputs, another for another seed', () => {
    const a = generateScene({ identities: 20, photos: 3, spread: 0.2, seed: 1 });
    const b = generateScene({ identities: 20, photos: 3, spread: 0.2, seed: 1 });
    const c = generateScene({ identities: 20, photos: 3, spread: 0.2, seed: 2 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('goes up to 2000 points, with labels of at most 12 characters', () => {
    const scene = generateScene({ identities: 400, photos: 5, spread: 0.1, seed: 3 });
    expect(scene.ok && scene.value.points.length).toBe(2000);
    expect(scene.ok && validateScene(scene.value, () => '').ok).toBe(true);
  });

  it('explains inputs it cannot use', () => {
    expect(generateScene({ identities: 500, photos: 5, spread: 0.1, seed: 1 })).toEqual({
      ok: false,
      problems: [
        '500 × 5 = 2,500 points, more than the 2,000 a scene can hold: fewer people or fewer photos each.',
      ],
    });
    const bad = generateScene({ identities: 0, photos: 1.5, spread: -1, seed: 0.5 });
    expect(bad.ok ? [] : bad.problems).toHaveLength(4);
  });

  it('codes identities A … Z, AA, AB …', () => {
    expect([0, 25, 26, 27, 701, 702].map(identityCode)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('gathers each identity around the centre it is given', () => {
    const centres = [
      { x: -5, y: 0 },
      { x: 5, y: 2 },
    ];
    const scene = generateScene({ identities: 2, photos: 4, spread: 0.01, seed: 3, centres });
    if (!scene.ok) throw new Error(scene.problems.join(' '));
    for (const point of scene.value.points) {
      const own = centres[point.identity === 'alice' ? 0 : 1]!;
      expect(Math.hypot(point.x - own.x, point.y - own.y)).toBeLessThan(0.1);
    }
    const wrong = generateScene({ identities: 3, photos: 1, spread: 0, seed: 1, centres });
    expect(wrong).toEqual({ ok: false, problems: ['3 identities need 3 centres, not 2.'] });
  });
});
