/**
 * The readers fuzzed with fast-check: the link (readSceneHash), the JSON file and the points CSV.
 * Whatever they are given they never throw; whatever is broken gets named problems; every valid
 * scene, up to the limits of model.ts, comes back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSceneHash, sceneToHash } from './link';
import { LIMITS, type Checked, type Scene } from '../model';
import { asLinkKeeps, coordinate, identity, plainZeros, sceneArb } from './sceneArbitraries';
import * as file from './sceneFile';

const RUNS = { numRuns: 2000 };
/** Thousands of cases take seconds, more on a busy machine. */
const SLOW = { timeout: 120_000 };

/** A refusal with at least one problem, each a sentence. */
function expectProblems(checked: Checked<Scene>): string {
  expect(checked.ok).toBe(false);
  const problems = checked.ok ? [] : checked.problems;
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(typeof problem).toBe('string');
    expect(problem).toMatch(/^\S[\s\S]*\S$/);
  }
  return problems.join('\n');
}

/** Either a scene that is valid by every rule, or named problems. */
function expectSceneOrProblems(checked: Checked<Scene>) {
  if (checked.ok) expect(file.readSceneData(file.sceneToData(checked.value))).toEqual(checked);
  else expectProblems(checked);
}

describe('every valid scene round-trips exactly', SLOW, () => {
  const forEveryScene = (check: (scene: Scene) => void) =>
    fc.assert(fc.property(sceneArb(), check), RUNS);

  it('through its link', () => {
    forEveryScene((scene) => {
      expect(readSceneHash(sceneToHash(scene))).toEqual({
        kind: 'scene',
        ok: true,
        value: asLinkKeeps(scene),
      });
    });
  });

  it('through its JSON file, with every later key', () => {
    forEveryScene((scene) => {
      expect(file.readSceneJson(file.sceneToJson(scene))).toEqual({
        ok: true,
        value: plainZeros(scene),
      });
      expect(file.readSceneText(file.sceneToJson(scene), 'scene.json')).toEqual({
        ok: true,
        value: plainZeros(scene),
      });
    });
  });

  it('through its points CSV, which keeps the points', () => {
    forEveryScene((scene) => {
      const { points } = plainZeros(scene);
      expect(file.readSceneText(file.sceneToCsv(scene))).toEqual({
        ok: true,
        value: { margin: 1, points, pairs: 'all' },
      });
    });
  });

  it('at the limit of 2,000 points', () => {
    const big = fc.array(fc.tuple(identity, coordinate, coordinate), {
      minLength: LIMITS.maxPoints,
      maxLength: LIMITS.maxPoints,
    });
    fc.assert(
      fc.property(big, (rows) => {
        const scene: Scene = {
          margin: 1,
          points: rows.map(([who, x, y], i) => ({
            label: `P${i}`,
            identity: who,
            x: x + 0,
            y: y + 0,
          })),
          pairs: 'all',
        };
        expect(readSceneHash(sceneToHash(scene))).toEqual({
          kind: 'scene',
          ok: true,
          value: scene,
        });
        expect(file.readSceneJson(file.sceneToJson(scene))).toEqual({ ok: true, value: scene });
        expect(file.readSceneCsv(file.sceneToCsv(scene))).toEqual({ ok: true, value: scene });
      }),
      { numRuns: 5 },
    );
  });
});

describe('nothing makes a reader throw, and what is refused is named', SLOW, () => {
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

  it('any text, in any reader', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'a.json', 'a.csv', 'a.txt'), (input, name) => {
        const link = readSceneHash(input);
        if (link.kind === 'scene') expectSceneOrProblems(link);
        expectSceneOrProblems(file.readSceneJson(input));
        expectSceneOrProblems(file.readSceneCsv(input));
        expectSceneOrProblems(file.readSceneText(input, name));
      }),
      { numRuns: 3000 },
    );
  });

  it('text made of the links’, files’ and CSVs’ own pieces', () => {
    // The pieces, separated by "|": keys, names, numbers, escapes and JSON's punctuation.
    const PIECES =
      'm=|p=|pairs=|norm=|lr=|colour=|A1|alice|,|-|&|#|%|%2|%E0|1|-0|e|.| |+|\n|"|{|}|[|]|:|null|label,identity,x,y\n|balanced:|Infinity|NaN|1e308';
    const piece = fc.constantFrom(...PIECES.split('|'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = pieces.join('');
        const link = readSceneHash(input);
        if (link.kind === 'scene') expectSceneOrProblems(link);
        expectSceneOrProblems(file.readSceneText(input));
        expectSceneOrProblems(file.readSceneCsv(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('any JSON value and any JavaScript value, as a file or as saved data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        expectSceneOrProblems(file.readSceneJson(JSON.stringify(value))),
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.anything(), (value) => expectSceneOrProblems(file.readSceneData(value))),
      RUNS,
    );
  });
});

/** Values that never belong where a coordinate does. */
const badNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, null, true, false, '0.5', '', [], {}),
  fc.double({ min: 1e6, max: 1e308, minExcluded: true }),
  fc.double({ min: -1e308, max: -1e6, maxExcluded: true }),
);
const badLabel = fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !LIMITS.label.test(s));

describe('a valid scene with one thing broken is refused, at the place it broke', SLOW, () => {
  const broken = sceneArb(8).chain((scene) =>
    fc.record({
      scene: fc.constant(scene),
      index: fc.nat(scene.points.length - 1),
      field: fc.constantFrom('label', 'x', 'y'),
      bad: fc.oneof(badNumber, badLabel),
    }),
  );

  it('in a JSON file', () => {
    fc.assert(
      fc.property(broken, ({ scene, index, field, bad }) => {
        fc.pre(field !== 'label' || typeof bad === 'string');
        fc.pre(field === 'label' || typeof bad !== 'string' || bad === '0.5' || bad === '');
        const data = file.sceneToData(scene) as { points: Record<string, unknown>[] };
        data.points[index] = { ...data.points[index], [field]: bad };
        expect(expectProblems(file.readSceneData(data))).toMatch(
          new RegExp(`Point ${index + 1}\\b`),
        );
      }),
      RUNS,
    );
  });

  it('in a link and in a CSV', () => {
    const token = fc.constantFrom(
      'NaN',
      'Infinity',
      '-Infinity',
      'null',
      'true',
      '',
      '0x1',
      '1e7',
      '-2e6',
      'x',
    );
    fc.assert(
      fc.property(broken, token, ({ scene, index, field }, bad) => {
        const axis = field === 'y' ? 3 : 2;
        const withBad = (row: string) =>
          row
            .split(',')
            .map((cell, k) => (k === axis ? bad : cell))
            .join(',');
        const hash = sceneToHash({ ...scene, pairs: 'all' })
          .split('&')
          .map((part) =>
            part.startsWith(`p=${scene.points[index]!.label},`) ? withBad(part) : part,
          )
          .join('&');
        expect(expectProblems(readSceneHash(hash) as Checked<Scene>)).toMatch(
          new RegExp(`Point ${index + 1} "p=`),
        );
        const lines = file.sceneToCsv(scene).split('\n');
        lines[index + 1] = withBad(lines[index + 1]!);
        expect(expectProblems(file.readSceneCsv(lines.join('\n')))).toMatch(
          new RegExp(`^Line ${index + 2} "`, 'm'),
        );
      }),
      RUNS,
    );
  });

  it('a label used twice, in every format', () => {
    const twice = sceneArb(8).filter((scene) => scene.points.length > 1);
    fc.assert(
      fc.property(twice, (scene) => {
        const [first, ...rest] = scene.points;
        const copied: Scene = {
          ...scene,
          pairs: 'all',
          points: [
            first!,
            ...rest.slice(0, -1),
            { ...rest[rest.length - 1]!, label: first!.label },
          ],
        };
        const expected = /is already used by point 1; each label must be unique/;
        expect(expectProblems(readSceneHash(sceneToHash(copied)) as Checked<Scene>)).toMatch(
          expected,
        );
        expect(expectProblems(file.readSceneJson(file.sceneToJson(copied)))).toMatch(expected);
        expect(expectProblems(file.readSceneCsv(file.sceneToCsv(copied)))).toMatch(expected);
      }),
      RUNS,
    );
  });
});
