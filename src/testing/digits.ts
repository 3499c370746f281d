/**
 * The 1,797 real digits (public/data/digits.csv.gz) for tests and benchmarks in Node, unpacked
 * with node:zlib and read by the page's own reader.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { DigitImages } from '../engine';
import { readDigitsCsv } from '../scene/codec/digitsFile';

export function loadDigits(path = 'public/data/digits.csv.gz'): DigitImages {
  const read = readDigitsCsv(gunzipSync(readFileSync(path)).toString('utf8'));
  if (!read.ok) throw new Error(`The digits file is broken: ${read.problems.join(' ')}`);
  return read.value;
}
