/**
 * How well a 2-D map keeps the digits apart, in one number: the share of held-out images that
 * the vote of their k nearest training images (in the map) names correctly.
 */

/**
 * The share of `heldOut` images whose digit wins the vote of their k nearest `train` images in
 * `map` (x, y per image, every image). On a tied vote, the tied digit whose nearest member is
 * nearest wins; of two training images at the same distance, the one listed first is nearer.
 * NaN when there is nothing to score (no held-out or no training images).
 */
export function knnAccuracy(
  map: Float64Array,
  digits: Uint8Array,
  train: Int32Array,
  heldOut: Int32Array,
  k = 5,
): number {
  const neighbours = Math.min(k, train.length);
  if (heldOut.length === 0 || neighbours === 0) return Number.NaN;
  // The nearest so far, nearest first.
  const nearestDistance = new Float64Array(neighbours);
  const nearestDigit = new Uint8Array(neighbours);
  let correct = 0;
  for (const image of heldOut) {
    const x = map[2 * image]!;
    const y = map[2 * image + 1]!;
    let found = 0;
    for (const candidate of train) {
      const dx = map[2 * candidate]! - x;
      const dy = map[2 * candidate + 1]! - y;
      const distance = dx * dx + dy * dy;
      if (found === neighbours && !(distance < nearestDistance[neighbours - 1]!)) continue;
      // Insert in order, after any equally near; when the list is full, the farthest drops out.
      if (found < neighbours) found++;
      let slot = found - 1;
      for (; slot > 0 && nearestDistance[slot - 1]! > distance; slot--) {
        nearestDistance[slot] = nearestDistance[slot - 1]!;
        nearestDigit[slot] = nearestDigit[slot - 1]!;
      }
      nearestDistance[slot] = distance;
      nearestDigit[slot] = digits[candidate]!;
    }
    if (vote(nearestDigit, neighbours) === digits[image]) correct++;
  }
  return correct / heldOut.length;
}

/**
 * The digit most of the `count` neighbours show (nearest first); walking them in order and
 * taking only a strictly larger count hands a tie to the digit met first, the nearest.
 */
function vote(nearestDigit: Uint8Array, count: number): number {
  let winner = nearestDigit[0]!;
  let most = 0;
  for (let a = 0; a < count; a++) {
    let votes = 0;
    for (let b = 0; b < count; b++) if (nearestDigit[b] === nearestDigit[a]) votes++;
    if (votes > most) {
      most = votes;
      winner = nearestDigit[a]!;
    }
  }
  return winner;
}
