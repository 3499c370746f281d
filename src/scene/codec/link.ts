/**
 * Scene links (CONTRACT.md section 1): the whole scene in the URL hash as search parameters,
 *   #m=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&…&pairs=A1-A2,A1-B1
 * readable and editable by hand. Parsing returns a scene or problems that quote the parameter
 * and value at fault.
 */
import { DEFAULT_LOSS, isLossId, knobs, lossIds, type LossId } from '../../engine';
import {
  knobSetting,
  setKeys,
  type Checked,
  type PairLabels,
  type PairSpec,
  type Scene,
} from '../model';
import { limitProblems, orList, quote, shorten, validateScene } from './validate';

/** The keys a scene link owns, the knobs' included; any other key (a view's) is left alone. */
export const sceneKeys = (): ReadonlySet<string> =>
  new Set(['p', 'pairs', 'norm', 'lr', 'loss', 'colour', ...knobs().map((knob) => knob.linkKey)]);

/**
 * Percent escapes the browser would quietly turn into "%zz" or "�": a % not followed by two
 * hex digits, or bytes that are not UTF-8 text. Only the scene's own keys are checked.
 */
function brokenEscapes(text: string, keys: ReadonlySet<string>): string[] {
  return text.split('&').flatMap((part) => {
    const key = part.slice(0, Math.max(0, part.indexOf('=')));
    if (!keys.has(key)) return [];
    if (/%(?![0-9A-Fa-f]{2})/.test(part))
      return [
        `${quote(part)} has a "%" that is not followed by two hex digits; write a space as + or %20.`,
      ];
    try {
      decodeURIComponent(part);
      return [];
    } catch {
      return [`${quote(part)} holds percent escapes that do not spell out any text.`];
    }
  });
}

/** A plain decimal number as people type it: 1, -0.5, .25, 3e-7. No hex, no Infinity. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export const readNumber = (text: string): number | undefined =>
  NUMBER.test(text.trim()) ? Number(text) : undefined;

/** The link's text for one point, e.g. "A1,alice,0.8,0.2". */
const pointText = (point: Scene['points'][number]) =>
  `${point.label},${point.identity},${String(point.x)},${String(point.y)}`;

/** The `pairs` value: `all`, `A1-A2,A1-B1`, or `balanced:K:SEED`. */
function pairsText(pairs: PairSpec): string {
  if (pairs === 'all') return 'all';
  if ('kind' in pairs) return `balanced:${pairs.perSimilar}:${pairs.seed}`;
  return pairs.map(([a, b]) => `${a}-${b}`).join(',');
}

/**
 * Writes the hash for a scene, without the leading "#". Knobs every scene holds come first (m=);
 * the others follow the loss, and are left out at their initial values, as are other defaults.
 */
export function sceneToHash(scene: Scene): string {
  const knobParts = (always: boolean) =>
    knobs().flatMap((knob) => {
      const value = knobSetting(scene, knob) ?? (always ? knob.initial : undefined);
      if (knob.always !== always || value === undefined) return [];
      return value === knob.initial && !always ? [] : [`${knob.linkKey}=${String(value)}`];
    });
  const parts = knobParts(true);
  // Labels and identities only hold [A-Za-z0-9_ ]; a space travels as "+".
  for (const point of scene.points) parts.push(`p=${pointText(point).replaceAll(' ', '+')}`);
  parts.push(`pairs=${pairsText(scene.pairs)}`);
  if (scene.norm) parts.push('norm=1');
  if (scene.lr !== undefined) parts.push(`lr=${String(scene.lr)}`);
  if (scene.loss !== undefined && scene.loss !== DEFAULT_LOSS) parts.push(`loss=${scene.loss}`);
  parts.push(...knobParts(false));
  for (const [identity, colour] of Object.entries(scene.colours ?? {})) {
    parts.push(`colour=${identity.replaceAll(' ', '+')},${colour.slice(1)}`);
  }
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
  // A hash of view keys alone (present=1&hide=…) holds no scene either, nor does a place in the
  // article (#margin, #glossary-pca: a word that is no scene key); other text that is not
  // key=value is a broken link, and is read as one so the page says so.
  const parts = text.split('&').filter((part) => part !== '');
  const keys = sceneKeys();
  const viewOnly = parts.every(
    (part) =>
      (/^[A-Za-z_][\w-]*=/.test(part) || /^[A-Za-z][\w-]*$/.test(part)) &&
      !keys.has(part.split('=')[0]!),
  );
  if (viewOnly) return { kind: 'empty' };
  const problems: string[] = brokenEscapes(text, keys);
  const once = (key: string): string | undefined => {
    const values = params.getAll(key);
    if (values.length > 1)
      problems.push(
        `The parameter "${key}" appears ${values.length} times (${values.map((v) => shorten(`${key}=${v}`)).join(', ')}); give it once.`,
      );
    return values[0];
  };

  /** The number `text` of `key=text`, or undefined: absent, or not a number (and said so). */
  const numberIn = (key: string, text: string | undefined, what: string, like: string) => {
    if (text === undefined) return undefined;
    const value = readNumber(text);
    if (value === undefined)
      problems.push(`${what} ${quote(`${key}=${text}`)} is not a number; write it like ${like}.`);
    return value;
  };

  const knobTexts = new Map(knobs().map((knob) => [knob, once(knob.linkKey)]));
  const knobValues = Object.fromEntries(
    knobs().map((knob) => {
      const what = `The ${knob.name}`;
      const value = numberIn(knob.linkKey, knobTexts.get(knob), what, knob.example);
      return [knob.field, value ?? (knob.always ? knob.initial : undefined)];
    }),
  );

  const rawPoints = params.getAll('p');
  const unreadable = new Set<number>();
  const points = rawPoints.map((raw, index) => {
    const where = `Point ${index + 1} ${quote(`p=${raw}`)}`;
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
      if (value === undefined) problems.push(`${where}: ${axis} ${quote(text)} is not a number.`);
      return value ?? 0;
    };
    return { label, identity, x: coordinateOf('x', xText), y: coordinateOf('y', yText) };
  });

  const pairsValue = once('pairs');
  let pairs: PairSpec = 'all';
  const balanced = pairsValue?.trim().match(/^balanced:(.*)$/);
  if (balanced) {
    const [k, seed] = (balanced[1] ?? '').split(':').map((part) => readNumber(part));
    if (k === undefined || seed === undefined)
      problems.push(
        `${quote(`pairs=${pairsValue}`)} is not a balanced sample; write it like pairs=balanced:3:42 (3 dissimilar pairs per similar pair, seed 42).`,
      );
    else pairs = { kind: 'balanced', perSimilar: k, seed };
  } else if (pairsValue !== undefined && pairsValue.trim() !== 'all') {
    const list: PairLabels[] = [];
    // "pairs=" is a hand-made list that happens to be empty: a scene with no pairs.
    for (const item of pairsValue.trim() === '' ? [] : pairsValue.split(',')) {
      const ends = item.split('-');
      if (ends.length !== 2 || ends[0] === '' || ends[1] === '')
        problems.push(
          `In ${quote(`pairs=${pairsValue}`)}, ${quote(item)} is not a pair; write two labels joined by a dash, like A1-B2.`,
        );
      else list.push([ends[0]!, ends[1]!]);
    }
    pairs = list;
  }

  const normText = once('norm');
  let norm: boolean | undefined;
  if (normText !== undefined) {
    if (normText === '1' || normText === '0') norm = normText === '1';
    else
      problems.push(`${quote(`norm=${normText}`)} must be norm=1 (on the unit circle) or norm=0.`);
  }

  const lrText = once('lr');
  const lr = numberIn('lr', lrText, 'The learning rate', 'lr=0.1');

  const lossText = once('loss');
  let loss: LossId | undefined;
  if (lossText !== undefined) {
    if (isLossId(lossText)) loss = lossText;
    else
      problems.push(
        `${quote(`loss=${lossText}`)} is not a loss this page knows; write ${orList(lossIds().map((id) => `loss=${id}`))}.`,
      );
  }

  // A Map, because an identity may be named like an object's own keys ("__proto__").
  const colourOf = new Map<string, string>();
  for (const raw of params.getAll('colour')) {
    const match = raw.match(/^(.+),([0-9A-Fa-f]{6})$/);
    if (match) colourOf.set(match[1]!, `#${match[2]!.toUpperCase()}`);
    else
      problems.push(
        `${quote(`colour=${raw}`)} must name an identity and a colour, like colour=alice,0072B2.`,
      );
  }

  const candidate = {
    ...setKeys(knobValues),
    points,
    pairs,
    ...setKeys({ norm, lr, loss }),
    ...(colourOf.size ? { colours: Object.fromEntries(colourOf) } : {}),
  };
  const checked = validateScene(candidate, (path) => {
    const [section, index] = path;
    const knob = knobs().find(({ field }) => field === section);
    if (knob) return `In ${quote(`${knob.linkKey}=${knobTexts.get(knob) ?? ''}`)}`;
    if (section === 'points' && typeof index === 'number') {
      // A point that could not be split into four parts has been reported above.
      return unreadable.has(index) ? null : `Point ${index + 1} ${quote(`p=${rawPoints[index]}`)}`;
    }
    if (section === 'points') return "The link's points (p=…)";
    if (section === 'lr') return `In ${quote(`lr=${lrText ?? ''}`)}`;
    if (section === 'colours') return 'In "colour=…"';
    return `In ${quote(`pairs=${pairsValue ?? ''}`)}`;
  });
  if (problems.length > 0 || !checked.ok) {
    return {
      kind: 'scene',
      ok: false,
      problems: limitProblems([...problems, ...(checked.ok ? [] : checked.problems)]),
    };
  }
  return { kind: 'scene', ...checked };
}
