import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDigitsCsv } from '../codec/digitsFile';
import { loadDigits } from './loadDigits';

const packed = readFileSync(new URL('../../../public/data/digits.csv.gz', import.meta.url));
const answering =
  (body: BodyInit, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));
const problemsOf = async (fetcher: typeof fetch) => {
  const loaded = await loadDigits('data/digits.csv.gz', fetcher);
  return loaded.ok ? [] : loaded.problems;
};

describe('loading the digits', () => {
  it('unpacks the committed file: 1,797 images of 64 pixels in [0, 1], about 180 of each digit', async () => {
    const loaded = await loadDigits('data/digits.csv.gz', answering(packed));
    if (!loaded.ok) throw new Error(loaded.problems.join());
    const { count, size, pixels, digits } = loaded.value;
    expect([count, size, pixels.length]).toEqual([1797, 64, 1797 * 64]);
    expect(Math.min(...pixels)).toBe(0);
    expect(Math.max(...pixels)).toBe(1);
    const perDigit = Array.from({ length: 10 }, (_, d) => digits.filter((x) => x === d).length);
    expect(Math.min(...perDigit)).toBeGreaterThanOrEqual(170);
    expect(perDigit.reduce((a, b) => a + b)).toBe(1797);
    // The first row of the file is a 0 (sklearn's digits.images[0]).
    expect(digits[0]).toBe(0);
    expect([...pixels.slice(0, 8)].map((v) => v * 16)).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
  });

  it('reads a file a server already unpacked', async () => {
    const loaded = await loadDigits('x', answering(`${'0,'.repeat(64)}7\n`));
    expect(loaded.ok && [...loaded.value.digits]).toEqual([7]);
  });

  it('says in plain words when the network, the server or the file fails', async () => {
    expect(await problemsOf(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual([
      'The digits could not be downloaded: the network did not answer. Are you online?',
    ]);
    expect(await problemsOf(answering('Not found', 404))).toEqual([
      'The digits file could not be found on the server (HTTP 404).',
    ]);
    const broken = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await problemsOf(answering(broken))).toEqual([
      'The digits file is damaged: it could not be unpacked.',
    ]);
  });
});

describe('reading the digits file', () => {
  const line = (pixel: string, digit: string) => `${Array(64).fill(pixel).join(',')},${digit}`;
  const problems = (text: string) => {
    const read = readDigitsCsv(text);
    return read.ok ? [] : read.problems;
  };

  it('names the line and the value at fault', () => {
    expect(problems('')).toEqual(['The digits file is empty.']);
    expect(problems(`${line('0', '3')}\n1,2,3`)).toEqual([
      'Line 2 of the digits file has 3 values; each image needs 64 pixels and a digit.',
    ]);
    expect(problems(line('17', '3'))).toEqual([
      'Line 1 of the digits file has "17" for pixel 1 (0 to 16).',
    ]);
    expect(problems(line('0', '12'))).toEqual([
      'Line 1 of the digits file has "12" for its digit (0 to 9).',
    ]);
    expect(problems(line('x', '1'))).toEqual([
      'Line 1 of the digits file has "x" for pixel 1 (0 to 16).',
    ]);
  });

  it('lists at most three problems: a wrong file breaks every line alike', () => {
    expect(problems(Array(50).fill('a,b').join('\n'))).toHaveLength(3);
  });
});
