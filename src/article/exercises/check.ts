/** Reading and judging typed answers: lenient about how a number is written, strict about its value. */

export type Verdict =
  | { status: 'empty' }
  | { status: 'unreadable'; text: string }
  | { status: 'right'; value: number }
  | { status: 'wrong'; value: number; off: number };

/**
 * Reads a number as people type it: "0.92", "-1", "≈ 0.9192", "49,995,000", "49 995 000", "1e-3",
 * and "0,25" (a decimal comma). Commas between groups of three digits are thousands separators.
 */
export function readAnswer(text: string): number | undefined {
  let t = text
    .trim()
    .replace(/^[≈~]\s*/, '')
    .replace(/[\s\u00a0\u202f_]/g, '')
    .replace('−', '-');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replaceAll(',', '');
  else if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

export function checkNumber(text: string, answer: number, tolerance: number): Verdict {
  if (text.trim() === '') return { status: 'empty' };
  const value = readAnswer(text);
  if (value === undefined) return { status: 'unreadable', text };
  const off = Math.abs(value - answer);
  return off <= tolerance ? { status: 'right', value } : { status: 'wrong', value, off };
}

/** How far off an answer is, in words: the gap, and the share of the answer when that helps. */
export function describeMiss(value: number, answer: number): string {
  const off = Math.abs(value - answer);
  const gap =
    off >= 1
      ? off.toLocaleString('en-US', { maximumFractionDigits: 2 })
      : Number(off.toPrecision(2)).toString();
  const side = value > answer ? 'too high' : 'too low';
  if (answer === 0) return `${gap} ${side}`;
  const percent = (100 * off) / Math.abs(answer);
  const share =
    percent >= 10 ? Math.round(percent).toString() : Number(percent.toPrecision(2)).toString();
  return `${gap} ${side} (${share}% off)`;
}
