/**
 * The named bad inputs of issue 6, each through every reader it can reach: the link, the JSON
 * file (as text, and as the parsed value autosave keeps) and the points CSV.
 */
import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { readSceneHash, sceneToHash } from './link';
import type { Checked, Scene } from '../model';
import {
  readSceneCsv,
  readSceneData,
  readSceneJson,
  readSceneText,
  sceneToData,
} from './sceneFile';

const link = (hash: string): Checked<Scene> => {
  const reading = readSceneHash(hash);
  return reading.kind === 'empty' ? { ok: false, problems: ['(empty)'] } : reading;
};
const problems = (checked: Checked<Scene>) => {
  expect(checked.ok, 'should be refused').toBe(false);
  const list = checked.ok ? [] : checked.problems;
  for (const problem of list) expect(problem).toMatch(/^\S.*[.]$/s);
  return list.join('\n');
};

/** The default scene as JSON data, with point `index` changed. */
const withPoint = (index: number, change: Record<string, unknown>) => {
  const data = sceneToData(defaultScene) as { points: Record<string, unknown>[] };
  data.points[index] = { ...data.points[index], ...change };
  return data;
};
const csv = (...rows: string[]) => ['label,identity,x,y', ...rows].join('\n');
const many = (count: number) => Array.from({ length: count }, (_, i) => `P${i},x,${i},0`);

describe('empty text, null, and an array instead of an object', () => {
  it('empty text', () => {
    expect(problems(readSceneText(''))).toBe('There is nothing to read: the text is empty.');
    expect(problems(readSceneJson(''))).toMatch(/not valid JSON/);
    expect(problems(readSceneCsv(''))).toMatch(/The CSV is empty/);
    expect(readSceneHash('')).toEqual({ kind: 'empty' });
  });

  it('null', () => {
    expect(problems(readSceneJson('null'))).toMatch(/The file holds null, not a scene/);
    expect(problems(readSceneData(withPoint(1, { x: null })))).toBe(
      'Point 2 (A2) in "points": x must be a finite number, not null.',
    );
    const data = sceneToData(defaultScene) as { points: unknown[] };
    data.points[0] = null;
    expect(problems(readSceneData(data))).toMatch(
      /^Point 1 in "points": a point must be an object/,
    );
  });

  it('an array instead of an object', () => {
    expect(problems(readSceneJson('[{"margin": 1}]'))).toMatch(/holds a list, not a scene/);
    expect(problems(readSceneData({ points: { label: 'A1' } }))).toBe(
      'In "points": the points must be a list of points, not an object.',
    );
    expect(problems(readSceneData({ points: [['A1', 'alice', 0, 0]] }))).toMatch(/not a list/);
  });
});

describe('strings, booleans, NaN, ±Infinity and null where numbers belong', () => {
  it.each([
    [{ x: '0.5' }, 'x must be a finite number, not the text "0.5"'],
    [{ y: true }, 'y must be a finite number, not true'],
    [{ x: Number.NaN }, 'x must be a finite number, not the number NaN'],
    [{ y: Number.NEGATIVE_INFINITY }, 'y must be a finite number, not the number -Infinity'],
    [{ x: undefined }, 'x must be a finite number, but it is missing'],
  ])('JSON point %j', (change, expected) => {
    expect(problems(readSceneData(withPoint(0, change)))).toBe(
      `Point 1 (A1) in "points": ${expected}.`,
    );
  });

  it('in JSON text: NaN is not JSON, and 1e999 is read as Infinity and refused', () => {
    expect(
      problems(readSceneJson('{"points": [{"label": "a", "identity": "b", "x": NaN}]}')),
    ).toMatch(/not valid JSON/);
    const huge = '{"margin": 1e999, "points": [{"label": "a", "identity": "b", "x": 0, "y": 0}]}';
    expect(problems(readSceneJson(huge))).toBe(
      'In "margin": the margin m must be a finite number, not the number Infinity.',
    );
    expect(problems(readSceneJson('{"margin": "1", "points": []}'))).toMatch(/not the text "1"/);
    expect(problems(readSceneJson('{"norm": "yes", "points": []}'))).toMatch(
      /norm must be true or false, not the text "yes"/,
    );
  });

  it.each(['NaN', 'Infinity', '-Infinity', 'true', 'null', '', '0x10', '1,5'])(
    'a link or a CSV with x = %j',
    (value) => {
      expect(problems(link(`p=A1,a,${value},0`))).toMatch(/x ".*" is not a number|has \d parts/);
      expect(problems(readSceneCsv(csv(`A1,a,${value},0`)))).toMatch(
        /^Line 2 .*(x ".*" is not a number|has \d cells)/,
      );
    },
  );

  it('a link or a CSV whose number overflows to Infinity', () => {
    expect(problems(link('p=A1,a,1e999,0'))).toMatch(
      /x must be a finite number, not the number Infinity/,
    );
    expect(problems(readSceneCsv(csv('A1,a,0,-1e999')))).toMatch(/not the number -Infinity/);
  });
});

describe('−0, 1e308 and margins out of range', () => {
  it('reads −0 as 0 everywhere, and writes it as 0', () => {
    const readings = [
      link('m=-0&p=A1,a,-0,-0'),
      readSceneJson(
        '{"margin": -0, "points": [{"label": "A1", "identity": "a", "x": -0, "y": -0}]}',
      ),
      readSceneCsv(csv('A1,a,-0,-0')),
    ];
    for (const reading of readings) {
      expect(reading.ok).toBe(true);
      const scene = reading.ok ? reading.value : defaultScene;
      for (const value of [scene.points[0]!.x, scene.points[0]!.y])
        expect(Object.is(value, 0)).toBe(true);
      expect(sceneToHash(scene)).toMatch(/^m=[01]&p=A1,a,0,0&pairs=all$/);
    }
    expect(readings.map((reading) => reading.ok && Object.is(reading.value.margin, 0))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('1e308', () => {
    const tooFar = /x = 1e\+308 is too far out; coordinates must lie between −1000000 and 1000000/;
    expect(problems(link('p=A1,a,1e308,0'))).toMatch(tooFar);
    expect(problems(readSceneData(withPoint(0, { x: 1e308 })))).toMatch(tooFar);
    expect(problems(readSceneCsv(csv('A1,a,1e308,0')))).toMatch(tooFar);
  });

  it.each(['-1', '-0.001', '100.5', '1e308'])('the margin %s', (margin) => {
    const value = Number(margin);
    const side = value < 0 ? 'below the lowest allowed, 0' : 'above the highest allowed, 100';
    const expected = `the margin m = ${String(value)} is outside the allowed range of 0 to 100 (${side})`;
    expect(problems(link(`m=${margin}&p=A1,a,0,0`))).toContain(expected);
    expect(problems(readSceneData({ ...sceneToData(defaultScene), margin: value }))).toBe(
      `In "margin": ${expected}.`,
    );
  });
});

describe('duplicate labels, too many points, a huge link', () => {
  it('duplicate labels', () => {
    const expected = /the label "A1" is already used by point 1; each label must be unique/;
    expect(problems(link('p=A1,a,0,0&p=A1,b,1,1'))).toMatch(expected);
    expect(problems(readSceneData(withPoint(3, { label: 'A1' })))).toMatch(expected);
    expect(problems(readSceneCsv(csv('A1,a,0,0', 'A1,b,1,1')))).toMatch(expected);
  });

  it('2,001 points, said once in a short list', () => {
    const expected = /there are 2001 points; the limit is 2000/i;
    const hash = many(2001)
      .map((p) => `p=${p}`)
      .join('&');
    const points = many(2001).map((row) => {
      const [label, identity, x, y] = row.split(',');
      return { label, identity, x: Number(x), y: Number(y) };
    });
    for (const reading of [link(hash), readSceneData({ points }), readSceneCsv(csv(...many(2001)))])
      expect(problems(reading)).toMatch(expected);
    expect(readSceneCsv(csv(...many(2000))).ok).toBe(true);
  });

  it('a 200 KB link: read quickly, answered in a few short sentences', () => {
    const label = `p=${'A'.repeat(200_000)},a,0,0`;
    const crowd = many(9000)
      .map((p) => `p=${p}`)
      .join('&');
    for (const hash of [label, crowd.slice(0, 200_000)]) {
      const started = performance.now();
      const text = problems(link(hash));
      expect(performance.now() - started).toBeLessThan(1500);
      expect(text.length).toBeLessThan(2000);
    }
    expect(problems(link(label))).toMatch(/the label "A{40}…" must be 1 to 12 letters/);
    expect(problems(link(crowd))).toMatch(/there are 9000 points/);
  });
});

describe('bad percent escapes, a future version, markup in names', () => {
  it.each([
    ['p=A1,al%ice,0,0', /"p=A1,al%ice,0,0" has a "%" that is not followed by two hex digits/],
    ['p=A1,alice,0,0%', /has a "%" that is not followed by two hex digits/],
    ['p=A1,%E0%A4%A,0,0', /has a "%" that is not followed by two hex digits/],
    ['p=A1,%FF%FE,0,0', /"p=A1,%FF%FE,0,0" holds percent escapes that do not spell out any text/],
  ])('%s', (hash, expected) => {
    expect(problems(link(hash))).toMatch(expected);
  });

  it('reads escapes that spell no key=value as a broken link, not as no link', () => {
    expect(problems(link('%E0%A4%A'))).toMatch(/there are no points/i);
    expect(readSceneHash('#present=1&hide=table,training')).toEqual({ kind: 'empty' });
  });

  it('ignores a broken escape in a key that is not the scene’s', () => {
    expect(link(`${sceneToHash(defaultScene)}&note=100%`)).toMatchObject({
      ok: true,
      value: defaultScene,
    });
  });

  it('a future version number', () => {
    const future = JSON.stringify({ ...sceneToData(defaultScene), version: 2 });
    expect(problems(readSceneJson(future))).toMatch(/made by a newer version of this page/);
    expect(problems(readSceneText(future, 'scene.json'))).toMatch(/format 2/);
  });

  const markup = '<img src=x onerror=alert(1)>';
  it('markup in a label is refused, and quoted back as plain text', () => {
    const expected = `the label "${markup}" must be 1 to 12 letters, digits or underscores`;
    expect(problems(link(`p=${encodeURIComponent(markup)},a,0,0`))).toContain(expected);
    expect(problems(link(`p=${markup},a,0,0`))).toContain(expected);
    expect(problems(readSceneData(withPoint(0, { label: markup })))).toContain(expected);
    expect(problems(readSceneCsv(csv(`${markup},a,0,0`)))).toContain(expected);
  });

  it('markup in an identity or a colour’s name is refused too', () => {
    const expected = `the identity "${markup}" must be 1 to 24 letters`;
    expect(problems(readSceneData(withPoint(0, { identity: markup })))).toContain(expected);
    expect(problems(readSceneCsv(csv(`A1,${markup},0,0`)))).toContain(expected);
    const colours = { ...sceneToData(defaultScene), colours: { [markup]: '#000000' } };
    expect(problems(readSceneData(colours))).toContain(expected);
    expect(problems(link(`p=A1,a,0,0&colour=${markup},000000`))).toContain(expected);
  });

  it('an identity named like an object’s own key keeps its colour, and is checked like any', () => {
    const scene: Scene = {
      ...defaultScene,
      points: [{ label: 'A1', identity: '__proto__', x: 0, y: 0 }],
      pairs: 'all',
      colours: { ['__proto__']: '#AAAAAA' },
    };
    expect(link(sceneToHash(scene))).toMatchObject({ ok: true, value: scene });
    expect(readSceneJson(JSON.stringify(sceneToData(scene)))).toEqual({ ok: true, value: scene });
    const bad =
      '{"points": [{"label": "a", "identity": "b", "x": 0, "y": 0}], "colours": {"__proto__": "red"}}';
    expect(problems(readSceneJson(bad))).toBe(
      'In "colours": the colour "red" must be written #RRGGBB.',
    );
  });
});
