import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { sceneToHash } from './link';
import type { Checked, Scene } from '../model';
import {
  readSceneCsv,
  readSceneJson,
  readSceneText,
  sceneToCsv,
  sceneToData,
  sceneToJson,
} from './sceneFile';

const problemsOf = (checked: Checked<Scene>) => (checked.ok ? [] : checked.problems).join('\n');

const everything: Scene = {
  margin: 0.5,
  points: [
    { label: 'A1', identity: 'alice', x: 0.1 + 0.2, y: -1e-7 },
    { label: 'B1', identity: ' bob smith ', x: 123456.789012345, y: 1 / 3 },
  ],
  pairs: { kind: 'balanced', perSimilar: 3, seed: 42 },
  norm: false,
  lr: 0.02,
  colours: { ' bob smith ': '#cc79a7' },
};

describe('the scene JSON file', () => {
  it('writes the contract’s keys, one point a line, numbers as JavaScript prints them', () => {
    const text = sceneToJson(defaultScene);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      margin: 1,
      points: defaultScene.points,
      pairs: defaultScene.pairs,
    });
    expect(text).toContain('\n    {"label":"A2","identity":"alice","x":0.75,"y":0.25},\n');
    expect(sceneToJson({ ...defaultScene, pairs: [] })).toContain('"pairs": []');
  });

  it('keeps the later keys, and reads every scene back exactly', () => {
    expect(JSON.parse(sceneToJson(everything))).toMatchObject({
      pairs: { kind: 'balanced', perSimilar: 3, seed: 42 },
      norm: false,
      lr: 0.02,
      colours: { ' bob smith ': '#cc79a7' },
    });
    expect(readSceneJson(sceneToJson(everything))).toEqual({ ok: true, value: everything });
    expect(readSceneText(sceneToJson(defaultScene), 'scene.json')).toEqual({
      ok: true,
      value: defaultScene,
    });
  });

  it('reads a file without a version as format 1, and fills margin and pairs as a link does', () => {
    const reading = readSceneJson('{"points": [{"label": "a", "identity": "x", "x": 0, "y": 0}]}');
    expect(reading).toEqual({
      ok: true,
      value: { margin: 1, points: [{ label: 'a', identity: 'x', x: 0, y: 0 }], pairs: 'all' },
    });
  });

  it.each([
    [2, /made by a newer version of this page \(scene format 2\)/],
    [0, /"version" is the number 0; it must be a whole number such as 1/],
    [1.5, /"version" is the number 1.5/],
    ['1', /"version" is the text "1"/],
  ])('refuses version %j in plain words', (version, expected) => {
    const text = JSON.stringify({ ...sceneToData(defaultScene), version });
    expect(problemsOf(readSceneJson(text))).toMatch(expected);
  });

  it.each([
    [
      { loss: 'hinge' },
      /In "loss": the loss must be contrastive, triplet or infonce, not the text "hinge"/,
    ],
    [
      { tau: 0 },
      /In "tau": the temperature τ = 0 is outside the allowed range of 0.001 to 100 \(below the lowest allowed, 0.001\)/,
    ],
    [{ tau: 'warm' }, /In "tau": the temperature τ must be a finite number, not the text "warm"/],
  ])('refuses a bad loss or temperature, %j, in plain words', (bad, expected) => {
    const text = JSON.stringify({ ...sceneToData(defaultScene), ...bad });
    expect(problemsOf(readSceneJson(text))).toMatch(expected);
  });

  it('says where a JSON file is broken', () => {
    expect(problemsOf(readSceneJson('{"margin": 1,,}'))).toMatch(
      /^This is not valid JSON \(.+\)\.$/,
    );
    const data = sceneToData(defaultScene) as { points: Record<string, unknown>[] };
    data.points[2] = { ...data.points[2], y: 'high' };
    expect(problemsOf(readSceneJson(JSON.stringify(data)))).toBe(
      'Point 3 (B1) in "points": y must be a finite number, not the text "high".',
    );
  });
});

describe('the points CSV file', () => {
  it('writes the header and one row a point, at full precision', () => {
    expect(sceneToCsv(defaultScene)).toBe(
      'label,identity,x,y\nA1,alice,0.8,0.2\nA2,alice,0.75,0.25\nB1,bob,0.1,0.9\nB2,bob,0.15,0.85\n',
    );
    expect(sceneToCsv(everything)).toContain('A1,alice,0.30000000000000004,-1e-7\n');
  });

  it('reads its points back exactly, with margin 1 and every pair', () => {
    expect(readSceneCsv(sceneToCsv(everything))).toEqual({
      ok: true,
      value: { margin: 1, points: everything.points, pairs: 'all' },
    });
  });

  it('takes what spreadsheets write: quotes, spaces around cells, CRLF, a BOM, blank lines', () => {
    const text =
      '\uFEFFLabel, Identity ,X,Y\r\n"A1","Ada Lovelace", 0.5 ,"-2"\r\n\r\nB1,bob,1e3,0\r\n';
    expect(readSceneCsv(text)).toEqual({
      ok: true,
      value: {
        margin: 1,
        points: [
          { label: 'A1', identity: 'Ada Lovelace', x: 0.5, y: -2 },
          { label: 'B1', identity: 'bob', x: 1000, y: 0 },
        ],
        pairs: 'all',
      },
    });
  });

  it('names the line and the value at fault', () => {
    const text =
      'label,identity,x,y\nA1,alice,0.8,0.2\n\nA2,alice,zero,0.2\nB1,bob,1\nA1,bob,0,0\n';
    expect(problemsOf(readSceneCsv(text)).split('\n')).toEqual([
      'Line 4 "A2,alice,zero,0.2": x "zero" is not a number.',
      'Line 5 "B1,bob,1" has 3 cells; it needs 4: label,identity,x,y.',
      'Line 6 "A1,bob,0,0": the label "A1" is already used by point 1; each label must be unique.',
    ]);
    expect(problemsOf(readSceneCsv('A1,alice,0.8,0.2'))).toBe(
      'Line 1 must be the header label,identity,x,y, but it is "A1,alice,0.8,0.2".',
    );
    expect(problemsOf(readSceneCsv('label,identity,x,y\n'))).toBe(
      'There are no points; a scene needs at least one.',
    );
  });
});

describe('reading whatever is dropped or pasted', () => {
  const link = sceneToHash(defaultScene);

  it.each([
    ['a JSON file', sceneToJson(defaultScene), undefined],
    ['a CSV file', sceneToCsv(defaultScene), undefined],
    ['a whole address', `https://example.org/explorable/#${link}`, undefined],
    ['a hash', `#${link}`, undefined],
    ['a hash without its #', link, undefined],
    ['a JSON file named .txt', `  ${sceneToJson(defaultScene)}`, 'scene.txt'],
  ])('tells %s by its content', (_name, text, fileName) => {
    const reading = readSceneText(text, fileName);
    expect(reading.ok && reading.value.points).toEqual(defaultScene.points);
  });

  it('trusts the file name’s extension over the content', () => {
    expect(problemsOf(readSceneText(sceneToCsv(defaultScene), 'points.json'))).toMatch(
      /not valid JSON/,
    );
    expect(problemsOf(readSceneText('{"margin": 1}', 'points.csv'))).toMatch(/must be the header/);
  });

  it.each([
    ['', undefined, 'There is nothing to read: the text is empty.'],
    [' \n\t', 'scene.json', 'The file "scene.json" is empty.'],
    [
      'https://example.org/#',
      undefined,
      'The link has nothing after its "#", so it holds no scene.',
    ],
    ['true', undefined, /The file holds true, not a scene/],
    ['"A1"', undefined, /The file holds the text "A1", not a scene/],
    ['#m=2&p=A1,alice,x,0', undefined, /Point 1 "p=A1,alice,x,0": x "x" is not a number/],
  ])('says what is wrong with %j', (text, fileName, expected) => {
    expect(problemsOf(readSceneText(text, fileName))).toMatch(expected);
  });
});
