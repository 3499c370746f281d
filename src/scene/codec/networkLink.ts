/**
 * The digits network's settings in the link (README, "Links to the digits network"), beside the
 * scene's keys: `digits=4,9&dm=2&dseed=7` opens the section on 4s and 9s, m = 2, seed 7. The link
 * holds the settings, never the weights: a run starts afresh from them. Keys at their defaults are
 * left out. A broken value is named in a notice and its default used; the other keys still count.
 */
import {
  DEFAULT_NETWORK_SETTINGS,
  NETWORK_LIMITS,
  OPTIMISERS,
  type NetworkSettings,
  type NumericNetworkSetting,
  type OptimiserName,
} from '../../engine';
import { readNumber } from './link';
import { orList, quote } from './validate';

/** Each numeric setting's key and its name in messages. */
const NUMERIC_KEYS: readonly {
  readonly key: string;
  readonly field: NumericNetworkSetting;
  readonly name: string;
}[] = [
  { key: 'dm', field: 'margin', name: 'the network’s margin m' },
  { key: 'dlr', field: 'learningRate', name: 'the network’s learning rate' },
  { key: 'dpairs', field: 'pairsPerStep', name: 'the pairs per step' },
  { key: 'dsim', field: 'similarShare', name: 'the share of similar pairs' },
  { key: 'dhidden', field: 'hidden', name: 'the hidden units' },
  { key: 'dseed', field: 'seed', name: 'the network’s seed' },
];

/** Every key this module reads and writes; the rest of a hash is left as it was. */
export const NETWORK_KEYS: ReadonlySet<string> = new Set([
  'digits',
  'dopt',
  ...NUMERIC_KEYS.map(({ key }) => key),
]);

export interface NetworkLink {
  readonly settings: NetworkSettings;
  /** What could not be read, one sentence a key. */
  readonly problems: readonly string[];
}

const isOptimiser = (text: string): text is OptimiserName =>
  (OPTIMISERS as readonly string[]).includes(text);

function readDigits(text: string): readonly number[] | string {
  if (text === 'all') return DEFAULT_NETWORK_SETTINGS.digits;
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d$/.test(part)))
    return `${quote(`digits=${text}`)}: write the digits to train on as a comma list of 0 to 9 (digits=4,9), or digits=all.`;
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

function readSetting(field: NumericNetworkSetting, name: string, key: string, text: string) {
  const { min, max, integer } = NETWORK_LIMITS[field];
  const value = readNumber(text);
  const kind = integer ? 'a whole number' : 'a number';
  if (value === undefined || (integer && !Number.isInteger(value)) || value < min || value > max)
    return `${quote(`${key}=${text}`)}: ${name} must be ${kind} from ${String(min)} to ${String(max)}.`;
  return value;
}

export function readNetworkKeys(hash: string): NetworkLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { settings: DEFAULT_NETWORK_SETTINGS, problems: [] };
  }
  const settings: { -readonly [K in keyof NetworkSettings]: NetworkSettings[K] } = {
    ...DEFAULT_NETWORK_SETTINGS,
  };
  const problems: string[] = [];
  for (const { key, field, name } of NUMERIC_KEYS) {
    const text = params.get(key);
    if (text === null) continue;
    const value = readSetting(field, name, key, text);
    if (typeof value === 'string') problems.push(value);
    else settings[field] = value;
  }
  const optimiser = params.get('dopt');
  if (optimiser !== null) {
    if (isOptimiser(optimiser)) settings.optimiser = optimiser;
    else
      problems.push(
        `${quote(`dopt=${optimiser}`)}: the optimiser must be ${orList(OPTIMISERS.map((name) => `dopt=${name}`))}.`,
      );
  }
  const digits = params.get('digits');
  if (digits !== null) {
    const read = readDigits(digits);
    if (typeof read === 'string') problems.push(read);
    else settings.digits = read;
  }
  return { settings, problems };
}

/** The settings' keys, those at their defaults left out, in a fixed order. */
export function networkKeyParts(settings: NetworkSettings): string[] {
  const parts: string[] = [];
  if (settings.digits.join() !== DEFAULT_NETWORK_SETTINGS.digits.join())
    parts.push(`digits=${settings.digits.join(',')}`);
  for (const { key, field } of NUMERIC_KEYS)
    if (settings[field] !== DEFAULT_NETWORK_SETTINGS[field])
      parts.push(`${key}=${String(settings[field])}`);
  if (settings.optimiser !== DEFAULT_NETWORK_SETTINGS.optimiser)
    parts.push(`dopt=${settings.optimiser}`);
  return parts;
}
