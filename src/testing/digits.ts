/**
 * The 1,797 real digits (public/data/digits.csv.gz) for tests and benchmarks in Node. The page
 * parses the file in its scene layer; this is only the few lines a test needs.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { DigitImages } from '../engine';

/** Each row: 64 ink counts 0–16, then the digit. */
export function loadDigits(path = 'public/data/digits.csv.gz'): DigitImages {
  const rows = gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n');
  const size = 64;
  const pixels = new Float64Array(rows.length * size);
  const digits = new Uint8Array(rows.length);
  rows.forEach((row, image) => {
    const values = row.split(',').map(Number);
    for (let i = 0; i < size; i++) pixels[image * size + i] = values[i]! / 16;
    digits[image] = values[size]!;
  });
  return { count: rows.length, size, pixels, digits };
}
