/**
 * Scene files (CONTRACT.md section 3): the scene as JSON, the points as CSV, and one reader that
 * takes a file's text or anything pasted (JSON, CSV, a link) and checks it exactly as a link is
 * checked. Readers never throw; problems name the line, field and value at fault.
 */
import { readNumber, readSceneHash } from './link';
import { knobs } from '../../engine';
import { knobSetting, knobValue, setKeys, type Checked, type Scene } from '../model';
import { limitProblems, quote, validateScene, type Locate } from './validate';
import { migrateFile, type FileFormat } from './versions';

/** The scene format this page writes. Files carry it so a later page can read them. */
export const SCENE_FORMAT = 1;

/**
 * How a file of an older format becomes the current one: entry v turns format v into v + 1.
 * Format 1 is the first, so there is nothing to convert yet; a format 2 adds its step here.
 */
const SCENE_FILE: FileFormat = {
  name: 'scene',
  subject: 'This file',
  example: '{"version": 1, "margin": 1, "points": [...]}',
  current: SCENE_FORMAT,
  migrations: {},
};

const CSV_HEADER = 'label,identity,x,y';

const fail = (...problems: string[]): Checked<never> => ({ ok: false, problems });

/** The scene as the plain object the JSON file holds, keys in the contract's order. */
export function sceneToData(scene: Scene): Record<string, unknown> {
  const { pairs } = scene;
  const knobSettings = (always: boolean) =>
    setKeys(
      Object.fromEntries(
        knobs()
          .filter((knob) => knob.always === always)
          .map((knob) => [knob.field, always ? knobValue(scene, knob) : knobSetting(scene, knob)]),
      ),
    );
  return {
    version: SCENE_FORMAT,
    ...knobSettings(true),
    points: scene.points.map(({ label, identity, x, y }) => ({ label, identity, x, y })),
    pairs:
      pairs === 'all'
        ? 'all'
        : 'kind' in pairs
          ? { kind: 'balanced', perSimilar: pairs.perSimilar, seed: pairs.seed }
          : pairs.map(([a, b]) => [a, b]),
    ...setKeys({
      norm: scene.norm,
      lr: scene.lr,
      loss: scene.loss,
    }),
    ...knobSettings(false),
    ...setKeys({ colours: scene.colours && { ...scene.colours } }),
  };
}

/** Pretty-printed JSON with one point and one pair a line, so a long file still reads well. */
export function sceneToJson(scene: Scene): string {
  const entries = Object.entries(sceneToData(scene)).map(([key, value]) => {
    const text =
      Array.isArray(value) && value.length > 0
        ? `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
        : JSON.stringify(value);
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/** An identity with spaces at either end is quoted, so a spreadsheet's trimming cannot change it. */
const csvCell = (text: string) => (/^\s|\s$/.test(text) ? `"${text}"` : text);

export function sceneToCsv(scene: Scene): string {
  const rows = scene.points.map(
    (p) => `${p.label},${csvCell(p.identity)},${String(p.x)},${String(p.y)}`,
  );
  return `${[CSV_HEADER, ...rows].join('\n')}\n`;
}

/** Brings a parsed JSON value up to the current format, or says why it cannot be read. */
export const migrate = (data: unknown): Checked<Record<string, unknown>> =>
  migrateFile(SCENE_FILE, data);

/** Where a JSON problem sits, in the file's own words. */
const locateJson =
  (data: Record<string, unknown>): Locate =>
  ([section, index]) => {
    if (section === 'points' && typeof index === 'number') {
      const label = (data.points as { label?: unknown }[])[index]?.label;
      const named = typeof label === 'string' && /^[A-Za-z0-9_]{1,12}$/.test(label);
      return `Point ${index + 1}${named ? ` (${label})` : ''} in "points"`;
    }
    if (section === 'pairs' && typeof index === 'number') return `Pair ${index + 1} in "pairs"`;
    return `In "${String(section)}"`;
  };

/** Checks a parsed JSON value (a file's, or the one autosave keeps) as a scene. */
export function readSceneData(data: unknown): Checked<Scene> {
  const migrated = migrate(data);
  if (!migrated.ok) return migrated;
  const fields = migrated.value;
  const { points, pairs = 'all', norm, lr, loss, colours } = fields;
  // Knobs and pairs default as a link's do; keys this page does not know are ignored.
  const knobSettings = Object.fromEntries(
    knobs().map((knob) => [
      knob.field,
      fields[knob.field] ?? (knob.always ? knob.initial : undefined),
    ]),
  );
  const candidate = {
    ...setKeys(knobSettings),
    points,
    pairs,
    ...setKeys({ norm, lr, loss, colours }),
  };
  return validateScene(candidate, locateJson(candidate));
}

export function readSceneJson(text: string): Checked<Scene> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`This is not valid JSON (${(error as Error).message}).`);
  }
  return readSceneData(data);
}

/** The cells of one CSV line; quotes are optional and allowed around any cell. */
function cellsOf(line: string): string[] | null {
  const cells: string[] = [];
  const quoted = /\s*"((?:[^"]|"")*)"\s*(,|$)/y;
  let at = 0;
  for (;;) {
    quoted.lastIndex = at;
    const match = quoted.exec(line);
    if (match) {
      cells.push(match[1]!.replaceAll('""', '"'));
      at = quoted.lastIndex;
      if (match[2] === '') return cells;
      continue;
    }
    const comma = line.indexOf(',', at);
    const cell = line.slice(at, comma < 0 ? undefined : comma);
    if (cell.includes('"')) return null;
    cells.push(cell.trim());
    if (comma < 0) return cells;
    at = comma + 1;
  }
}

/** Reads a points CSV: the header label,identity,x,y, then one point a line. */
export function readSceneCsv(text: string): Checked<Scene> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const numbered = lines.map((line, k) => ({ line, number: k + 1 }));
  const filled = numbered.filter(({ line }) => line.trim() !== '');
  const [header, ...rows] = filled;
  if (!header)
    return fail('The CSV is empty; it needs the header label,identity,x,y and a line per point.');
  const names = (cellsOf(header.line) ?? []).map((cell) => cell.toLowerCase());
  if (names.join(',') !== CSV_HEADER)
    return fail(
      `Line ${header.number} must be the header label,identity,x,y, but it is ${quote(header.line)}.`,
    );
  const problems: string[] = [];
  const unreadable = new Set<number>();
  const where = (k: number) => `Line ${rows[k]!.number} ${quote(rows[k]!.line)}`;
  const points = rows.map(({ line }, k) => {
    const cells = cellsOf(line);
    if (cells?.length !== 4) {
      problems.push(
        cells
          ? `${where(k)} has ${cells.length} cell${cells.length === 1 ? '' : 's'}; it needs 4: label,identity,x,y.`
          : `${where(k)} has a stray quote mark; a quoted cell starts and ends with ".`,
      );
      unreadable.add(k);
      return { label: '', identity: '', x: 0, y: 0 };
    }
    const [label, identity, xText, yText] = cells as [string, string, string, string];
    const coordinate = (axis: string, cell: string) => {
      const value = readNumber(cell);
      if (value === undefined)
        problems.push(`${where(k)}: ${axis} ${quote(cell)} is not a number.`);
      return value ?? 0;
    };
    return { label, identity, x: coordinate('x', xText), y: coordinate('y', yText) };
  });
  // A CSV holds points only: margin and pairs take the defaults a link without them takes.
  const checked = validateScene({ margin: 1, points, pairs: 'all' }, ([, index]) =>
    typeof index === 'number' ? (unreadable.has(index) ? null : where(index)) : '',
  );
  if (problems.length > 0 || !checked.ok)
    return fail(...limitProblems([...problems, ...(checked.ok ? [] : checked.problems)]));
  return checked;
}

/** A file's format from its name, or else from its first characters. */
function formatOf(body: string, fileName: string | undefined): 'json' | 'csv' | 'link' {
  const extension = fileName?.toLowerCase().match(/\.(json|csv)$/)?.[1];
  if (extension === 'json' || extension === 'csv') return extension;
  if (/^[[{"]/.test(body) || /^(null|true|false|-?\d[\d.eE+-]*)$/.test(body)) return 'json';
  // A whole address, a hash, or a hash's text without its "#" (m=1&p=…).
  if (body.includes('#') || /^[A-Za-z]+=/.test(body)) return 'link';
  return 'csv';
}

/** Reads a scene from a file's text or from anything pasted. Never throws. */
export function readSceneText(text: string, fileName?: string): Checked<Scene> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '')
    return fail(
      fileName
        ? `The file ${quote(fileName)} is empty.`
        : 'There is nothing to read: the text is empty.',
    );
  const format = formatOf(body, fileName);
  if (format === 'json') return readSceneJson(body);
  if (format === 'csv') return readSceneCsv(body);
  const link = readSceneHash(body.slice(body.indexOf('#') + 1));
  if (link.kind === 'empty')
    return fail('The link has nothing after its "#", so it holds no scene.');
  return link.ok ? { ok: true, value: link.value } : fail(...link.problems);
}
