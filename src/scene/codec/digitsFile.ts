/**
 * Reads the digits data file (public/data/digits.csv.gz, unpacked): one image a line, 64 whole
 * numbers 0–16 and then its digit 0–9, no header. A file that breaks the format is refused with
 * the line and the value at fault, in plain words.
 */
import { DIGIT_INK_MAX, DIGIT_PIXELS, type DigitImages } from '../../engine';
import type { Checked } from '../model';

const WHOLE = /^\d+$/;

/** At most this many problems are listed: a wrong file breaks every line the same way. */
const MOST_PROBLEMS = 3;

export function readDigitsCsv(text: string): Checked<DigitImages> {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return { ok: false, problems: ['The digits file is empty.'] };
  const pixels = new Float64Array(lines.length * DIGIT_PIXELS);
  const digits = new Uint8Array(lines.length);
  const problems: string[] = [];
  lines.forEach((line, row) => {
    if (problems.length >= MOST_PROBLEMS) return;
    const values = line.split(',').map((value) => value.trim());
    const where = `Line ${row + 1} of the digits file`;
    if (values.length !== DIGIT_PIXELS + 1) {
      problems.push(
        `${where} has ${values.length} values; each image needs 64 pixels and a digit.`,
      );
      return;
    }
    const bad = values.findIndex((value, k) => {
      const most = k === DIGIT_PIXELS ? 9 : DIGIT_INK_MAX;
      return !WHOLE.test(value) || Number(value) > most;
    });
    if (bad >= 0) {
      const what = bad === DIGIT_PIXELS ? 'its digit (0 to 9)' : `pixel ${bad + 1} (0 to 16)`;
      problems.push(`${where} has "${values[bad]!.slice(0, 20)}" for ${what}.`);
      return;
    }
    for (let k = 0; k < DIGIT_PIXELS; k++)
      pixels[row * DIGIT_PIXELS + k] = Number(values[k]) / DIGIT_INK_MAX;
    digits[row] = Number(values[DIGIT_PIXELS]);
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { count: lines.length, size: DIGIT_PIXELS, pixels, digits } };
}
