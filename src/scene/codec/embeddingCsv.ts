/**
 * The network's map as a CSV file (CONTRACT.md section 6): `index,digit,split,x,y`, one row an
 * image, all of them, in the data file's order; `split` is `train` or `heldout`.
 */
export function embeddingCsv(digits: Uint8Array, heldOut: Uint8Array, map: Float64Array): string {
  const rows = ['index,digit,split,x,y'];
  for (let i = 0; i < digits.length; i++)
    rows.push(
      `${String(i)},${String(digits[i])},${heldOut[i] === 1 ? 'heldout' : 'train'},${String(map[2 * i])},${String(map[2 * i + 1])}`,
    );
  return `${rows.join('\n')}\n`;
}
