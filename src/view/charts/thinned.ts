/**
 * Every k-th value of a long series, as [index, value] pairs, and always the last: a run of many
 * steps draws at most about `most` vertices, one a pixel.
 */
export function thinned(values: readonly number[], most: number): [number, number][] {
  const stride = Math.max(1, Math.ceil(values.length / most));
  const kept: [number, number][] = [];
  for (let k = 0; k < values.length; k += stride) kept.push([k, values[k]!]);
  const last = values.length - 1;
  if (last >= 0 && kept[kept.length - 1]![0] !== last) kept.push([last, values[last]!]);
  return kept;
}
