/**
 * Scene links (CONTRACT.md section 1): the whole scene in the URL hash as search parameters,
 *   #m=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&…&pairs=A1-A2,A1-B1
 * readable and editable by hand. Parsing returns a scene or problems that quote the parameter
 * and value at fault.
 */
import type { Checked, PairLabels, Scene } from './model';
import { validateScene } from './validate';

/** A plain decimal number as people type it: 1, -0.5, .25, 3e-7. No hex, no Infinity. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const readNumber = (text: string): number | undefined =>
  NUMBER.test(text.trim()) ? Number(text) : undefined;

/** The link's text for one point, e.g. "A1,alice,0.8,0.2". */
const pointText = (point: Scene['points'][number]) =>
  `${point.label},${point.identity},${String(point.x)},${String(point.y)}`;

/** Writes the hash for a scene, without the leading "#". */
export function sceneToHash(scene: Scene): string {
  const parts = [`m=${String(scene.margin)}`];
  // Labels and identities only hold [A-Za-z0-9_ ]; a space travels as "+".
  for (const point of scene.points) parts.push(`p=${pointText(point).replaceAll(' ', '+')}`);
  const pairs = scene.pairs === 'all' ? 'all' : scene.pairs.map(([a, b]) => `${a}-${b}`).join(',');
  parts.push(`pairs=${pairs}`);
  return parts.join('&');
}

/** What a hash holds: nothing (use the saved or default scene), a scene, or problems. */
export type LinkReading = { kind: 'empty' } | ({ kind: 'scene' } & Checked<Scene>);

/** Reads a hash (with or without its "#"). Never throws. */
export function readSceneHash(hash: string): LinkReading {
  const text = hash.replace(/^#/, '');
  if (text.trim() === '') return { kind: 'empty' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { kind: 'scene', ok: false, problems: ['The link could not be read at all.'] };
  }
  const problems: string[] = [];
  const once = (key: string): string | undefined => {
    const values = params.getAll(key);
    if (values.length > 1)
      problems.push(
        `The parameter "${key}" appears ${values.length} times (${values.map((v) => `${key}=${v}`).join(', ')}); give it once.`,
      );
    return values[0];
  };

  const marginText = once('m');
  let margin = 1;
  if (marginText !== undefined) {
    const value = readNumber(marginText);
    if (value === undefined)
      problems.push(`The margin "m=${marginText}" is not a number; write it like m=1 or m=0.5.`);
    else margin = value;
  }

  const rawPoints = params.getAll('p');
  const unreadable = new Set<number>();
  const points = rawPoints.map((raw, index) => {
    const where = `Point ${index + 1} "p=${raw}"`;
    const fields = raw.split(',');
    if (fields.length !== 4) {
      problems.push(
        `${where} has ${fields.length} part${fields.length === 1 ? '' : 's'}; it needs 4, separated by commas: label,identity,x,y.`,
      );
      unreadable.add(index);
      return { label: '', identity: '', x: 0, y: 0 };
    }
    const [label = '', identity = '', xText = '', yText = ''] = fields;
    const coordinateOf = (axis: string, text: string) => {
      const value = readNumber(text);
      if (value === undefined) problems.push(`${where}: ${axis} "${text}" is not a number.`);
      return value ?? 0;
    };
    return { label, identity, x: coordinateOf('x', xText), y: coordinateOf('y', yText) };
  });

  const pairsText = once('pairs');
  let pairs: 'all' | PairLabels[] = 'all';
  if (pairsText !== undefined && pairsText.trim() !== 'all') {
    pairs = [];
    // "pairs=" is a hand-made list that happens to be empty: a scene with no pairs.
    for (const item of pairsText.trim() === '' ? [] : pairsText.split(',')) {
      const ends = item.split('-');
      if (ends.length !== 2 || ends[0] === '' || ends[1] === '')
        problems.push(
          `In "pairs=${pairsText}", "${item}" is not a pair; write two labels joined by a dash, like A1-B2.`,
        );
      else pairs.push([ends[0]!, ends[1]!]);
    }
  }

  const candidate = { margin, points, pairs };
  const checked = validateScene(candidate, (path) => {
    const [section, index] = path;
    if (section === 'margin') return `In "m=${marginText ?? ''}"`;
    if (section === 'points' && typeof index === 'number') {
      // A point that could not be split into four parts has been reported above.
      return unreadable.has(index) ? null : `Point ${index + 1} "p=${rawPoints[index] ?? ''}"`;
    }
    if (section === 'points') return "The link's points (p=…)";
    return `In "pairs=${pairsText ?? ''}"`;
  });
  if (problems.length > 0 || !checked.ok) {
    return {
      kind: 'scene',
      ok: false,
      problems: [...problems, ...(checked.ok ? [] : checked.problems)],
    };
  }
  return { kind: 'scene', ...checked };
}
