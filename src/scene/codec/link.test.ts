import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { readSceneHash, sceneToHash } from './link';
import type { Scene } from '../model';

const DEFAULT_LINK =
  'm=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&p=B1,bob,0.1,0.9&p=B2,bob,0.15,0.85&pairs=A1-A2,A1-B1,A2-B2,B1-B2';

function problemsOf(hash: string): string[] {
  const reading = readSceneHash(hash);
  if (reading.kind !== 'scene' || reading.ok) throw new Error(`expected problems for ${hash}`);
  return reading.problems;
}

describe('scene links', () => {
  it('writes the default scene as the contract’s link', () => {
    expect(sceneToHash(defaultScene)).toBe(DEFAULT_LINK);
  });

  it('reads the contract’s link as the default scene', () => {
    expect(readSceneHash(`#${DEFAULT_LINK}`)).toEqual({
      kind: 'scene',
      ok: true,
      value: defaultScene,
    });
  });

  it('treats no hash as no scene', () => {
    expect(readSceneHash('')).toEqual({ kind: 'empty' });
    expect(readSceneHash('#')).toEqual({ kind: 'empty' });
  });

  it('treats a place in the article (a section’s id) as no scene, and other text as broken', () => {
    expect(readSceneHash('#margin')).toEqual({ kind: 'empty' });
    expect(readSceneHash('#glossary-nt-xent')).toEqual({ kind: 'empty' });
    expect(readSceneHash('#p')).toMatchObject({ kind: 'scene', ok: false });
    expect(readSceneHash('#margin, please')).toMatchObject({ kind: 'scene', ok: false });
  });

  it('fills in the margin and the pairs when they are left out', () => {
    const reading = readSceneHash('#p=a,x,0,0&p=b,y,1,0');
    expect(reading).toMatchObject({ ok: true, value: { margin: 1, pairs: 'all' } });
  });

  it('accepts spaces in identities written as + or %20, and ignores unknown keys', () => {
    const reading = readSceneHash('#p=a,Ada+Lovelace,0,0&p=b,Alan%20Turing,1,0&zoom=3');
    expect(reading).toMatchObject({
      ok: true,
      value: { points: [{ identity: 'Ada Lovelace' }, { identity: 'Alan Turing' }] },
    });
  });
});

describe('broken links name the parameter and value at fault', () => {
  it.each([
    ['m=abc&p=a,x,0,0', /margin "m=abc" is not a number/],
    ['m=-1&p=a,x,0,0', /In "m=-1": the margin m = -1 is outside the allowed range of 0 to 100/],
    ['m=101&p=a,x,0,0', /In "m=101": the margin m = 101 is outside/],
    ['m=1&m=2&p=a,x,0,0', /"m" appears 2 times \(m=1, m=2\)/],
    ['m=Infinity&p=a,x,0,0', /"m=Infinity" is not a number/],
    ['m=0x10&p=a,x,0,0', /"m=0x10" is not a number/],
    ['m=1', /no points/],
    ['p=A1,alice,0.8', /Point 1 "p=A1,alice,0.8" has 3 parts; it needs 4/],
    ['p=A1,alice,abc,0.2', /Point 1 "p=A1,alice,abc,0.2": x "abc" is not a number/],
    ['p=A1,alice,0.8,', /Point 1 "p=A1,alice,0.8,": y "" is not a number/],
    ['p=A1,alice,2e6,0', /x = 2000000 is too far out/],
    ['p=A+1,alice,0,0', /the label "A 1" must be 1 to 12 letters, digits or underscores/],
    ['p=ABCDEFGHIJKLM,alice,0,0', /the label "ABCDEFGHIJKLM" must be 1 to 12/],
    ['p=A1,al-ice,0,0', /the identity "al-ice" must be 1 to 24/],
    ['p=A1,,0,0', /the identity "" must be/],
    ['p=A1,a,0,0&p=A1,b,1,1', /Point 2 "p=A1,b,1,1": the label "A1" is already used by point 1/],
    ['p=A1,a,0,0&pairs=A1-C9', /In "pairs=A1-C9": the pair A1-C9 names "C9", which is not a point/],
    ['p=A1,a,0,0&p=B1,b,0,0&pairs=A1-A1', /the pair A1-A1 joins a point to itself/],
    ['p=A1,a,0,0&p=B1,b,0,0&pairs=A1-B1,B1-A1', /the pair B1-A1 is listed more than once/],
    ['p=A1,a,0,0&p=B1,b,0,0&pairs=A1B1', /"A1B1" is not a pair; write two labels joined by a dash/],
    ['p=A1,a,0,0&p=B1,b,0,0&pairs=A1-', /"A1-" is not a pair/],
  ])('%s', (hash, expected) => {
    const problems = problemsOf(hash);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('reports more than 2000 points', () => {
    const hash = Array.from({ length: 2001 }, (_, i) => `p=P${i},x,${i},0`).join('&');
    expect(problemsOf(hash).join()).toMatch(/there are 2001 points; the limit is 2000/);
  });

  it('lists every problem, not only the first', () => {
    expect(problemsOf('m=x&p=A1,a,b,c&p=B1')).toHaveLength(4);
  });

  it('never throws, whatever the hash holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (hash) => {
        const reading = readSceneHash(hash);
        expect(['empty', 'scene']).toContain(reading.kind);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('m=', 'p=', 'pairs=', 'A1', ',', '-', '&', '%', '1', 'e', '.', ' ', '+'),
        ),
        (parts) => {
          const reading = readSceneHash(parts.join(''));
          if (reading.kind === 'scene' && !reading.ok) {
            expect(reading.problems.length).toBeGreaterThan(0);
            for (const problem of reading.problems) expect(problem).toMatch(/\.$/);
          }
        },
      ),
    );
  });
});

describe('the keys of later capabilities (CONTRACT.md section 4)', () => {
  const base = 'p=A1,alice,0.6,0.8&p=B1,bob,0,1';

  it('round-trips the unit circle, the learning rate, colours and a balanced sample', () => {
    const scene: Scene = {
      margin: 0.5,
      points: [
        { label: 'A1', identity: 'alice', x: 0.6, y: 0.8 },
        { label: 'B1', identity: 'bob smith', x: 0, y: 1 },
      ],
      pairs: { kind: 'balanced', perSimilar: 3, seed: 42 },
      norm: true,
      lr: 0.02,
      colours: { 'bob smith': '#CC79A7' },
    };
    const hash = sceneToHash(scene);
    expect(hash).toContain('pairs=balanced:3:42&norm=1&lr=0.02&colour=bob+smith,CC79A7');
    expect(readSceneHash(hash)).toEqual({ kind: 'scene', ok: true, value: scene });
  });

  it('leaves keys at their defaults out of the link', () => {
    expect(sceneToHash({ ...defaultScene, norm: false })).toBe(DEFAULT_LINK);
    expect(sceneToHash({ ...defaultScene, loss: 'contrastive', tau: 0.1 })).toBe(DEFAULT_LINK);
  });

  it('writes a chosen learning rate even when it equals the default, which depends on the scene', () => {
    expect(sceneToHash({ ...defaultScene, lr: 0.1 })).toBe(`${DEFAULT_LINK}&lr=0.1`);
    expect(readSceneHash(`${DEFAULT_LINK}&lr=0.1`)).toMatchObject({ value: { lr: 0.1 } });
  });

  it('round-trips the loss and its temperature', () => {
    const scene: Scene = { ...defaultScene, loss: 'infonce', tau: 0.03 };
    const hash = sceneToHash(scene);
    expect(hash.endsWith('&loss=infonce&tau=0.03')).toBe(true);
    expect(readSceneHash(hash)).toEqual({ kind: 'scene', ok: true, value: scene });
    expect(readSceneHash(`${DEFAULT_LINK}&loss=triplet`)).toMatchObject({
      ok: true,
      value: { loss: 'triplet' },
    });
  });

  it.each([
    [`${base}&norm=yes`, /"norm=yes" must be norm=1/],
    [`${base}&lr=fast`, /"lr=fast" is not a number/],
    [`${base}&lr=0`, /the learning rate 0 must be above 0/],
    [`${base}&lr=50`, /the learning rate 50 is above the limit of 10/],
    [`${base}&loss=hinge`, /"loss=hinge" is not a loss this page knows; write loss=contrastive/],
    [`${base}&tau=warm`, /The temperature "tau=warm" is not a number/],
    [
      `${base}&tau=0`,
      /In "tau=0": the temperature τ = 0 is outside the allowed range of 0.001 to 100 \(below the lowest allowed, 0.001\)/,
    ],
    [
      `${base}&tau=1000`,
      /the temperature τ = 1000 is outside .* \(above the highest allowed, 100\)/,
    ],
    [`${base}&colour=alice`, /"colour=alice" must name an identity and a colour/],
    [`${base}&pairs=balanced:x`, /is not a balanced sample/],
    [`${base}&pairs=balanced:0:1`, /takes 1 to 100 dissimilar pairs per similar pair/],
    [`${base}&pairs=balanced:2.5:1`, /must be whole numbers/],
  ])('%s', (hash, expected) => {
    expect(problemsOf(hash).join('\n')).toMatch(expected);
  });
});
