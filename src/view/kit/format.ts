import { format } from 'd3';

const fourDecimals = format('.4f');
const scientific = format('.3~e');

/**
 * Four decimals: how the table and the page show D and losses (CONTRACT.md section 2). Past a
 * million (a run that diverged), powers of ten read better than a wall of digits.
 */
export const fixed4 = (value: number): string =>
  Math.abs(value) >= 1e6 ? scientific(value) : fourDecimals(value);
/** Two decimals, for the margin. */
export const fixed2 = format('.2f');
/** Whole numbers with thousands separators: 1,999,000. */
export const thousands = format(',d');
/** The word for `count` things: "1 pair", "2 pairs". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  count === 1 ? one : many;
/** The text with its first letter in capitals: "margin" → "Margin". */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A count and its word: "1 pair", "1,999,000 pairs". */
export const counted = (count: number, one: string, many = `${one}s`): string =>
  `${thousands(count)} ${plural(count, one, many)}`;
