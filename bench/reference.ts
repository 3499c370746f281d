/**
 * The textbook implementation the engine is measured against: an object per point, a function
 * call per pair returning an object, arrays of objects for the results, the way the seed's
 * numpy-style working reads when written out in plain JavaScript.
 */

export interface ReferencePoint {
  x: number;
  y: number;
  identity: number;
}

export interface ReferencePair {
  i: number;
  j: number;
  similar: boolean;
}

interface PairResult {
  distance: number;
  loss: number;
  gradient: { x: number; y: number };
}

export function referencePairLoss(
  a: ReferencePoint,
  b: ReferencePoint,
  similar: boolean,
  margin: number,
): PairResult {
  const difference = { x: a.x - b.x, y: a.y - b.y };
  const distance = Math.sqrt(difference.x ** 2 + difference.y ** 2);
  if (similar) {
    return {
      distance,
      loss: distance ** 2,
      gradient: { x: 2 * difference.x, y: 2 * difference.y },
    };
  }
  const hinge = Math.max(margin - distance, 0);
  if (hinge === 0) return { distance, loss: 0, gradient: { x: 0, y: 0 } };
  const scale = distance > 0 ? (-2 * hinge) / distance : 0;
  return {
    distance,
    loss: hinge ** 2,
    gradient:
      distance > 0 ? { x: scale * difference.x, y: scale * difference.y } : { x: -2 * hinge, y: 0 },
  };
}

export interface ReferenceResult {
  distances: number[];
  losses: number[];
  gradients: { x: number; y: number }[];
  total: number;
}

export function referenceEvaluate(
  points: ReferencePoint[],
  pairs: ReferencePair[],
  margin: number,
): ReferenceResult {
  const gradients = points.map(() => ({ x: 0, y: 0 }));
  const distances: number[] = [];
  const losses: number[] = [];
  let total = 0;
  for (const pair of pairs) {
    const result = referencePairLoss(points[pair.i]!, points[pair.j]!, pair.similar, margin);
    distances.push(result.distance);
    losses.push(result.loss);
    total += result.loss;
    gradients[pair.i]!.x += result.gradient.x;
    gradients[pair.i]!.y += result.gradient.y;
    gradients[pair.j]!.x -= result.gradient.x;
    gradients[pair.j]!.y -= result.gradient.y;
  }
  return { distances, losses, gradients, total };
}

/**
 * After one point moved: recompute its pairs (found by scanning the pair list, as a textbook
 * would), and patch the totals and gradients.
 */
export function referenceUpdate(
  points: ReferencePoint[],
  pairs: ReferencePair[],
  margin: number,
  moved: number,
  previous: ReferencePoint,
  result: ReferenceResult,
): void {
  pairs.forEach((pair, index) => {
    if (pair.i !== moved && pair.j !== moved) return;
    const before = referencePairLoss(
      pair.i === moved ? previous : points[pair.i]!,
      pair.j === moved ? previous : points[pair.j]!,
      pair.similar,
      margin,
    );
    const after = referencePairLoss(points[pair.i]!, points[pair.j]!, pair.similar, margin);
    result.total += after.loss - before.loss;
    result.losses[index] = after.loss;
    result.distances[index] = after.distance;
    for (const [end, sign] of [
      [pair.i, 1],
      [pair.j, -1],
    ] as const) {
      result.gradients[end]!.x += sign * (after.gradient.x - before.gradient.x);
      result.gradients[end]!.y += sign * (after.gradient.y - before.gradient.y);
    }
  });
}

/** One point's total loss over a grid of positions, by moving a copy of it cell by cell. */
export function referenceLandscape(
  points: ReferencePoint[],
  pairs: ReferencePair[],
  margin: number,
  moved: number,
  total: number,
  grid: { xMin: number; xMax: number; yMin: number; yMax: number; columns: number; rows: number },
): number[] {
  const own = pairs.filter((pair) => pair.i === moved || pair.j === moved);
  const partner = (pair: ReferencePair) => points[pair.i === moved ? pair.j : pair.i]!;
  const rest =
    total -
    own.reduce(
      (sum, pair) =>
        sum + referencePairLoss(points[moved]!, partner(pair), pair.similar, margin).loss,
      0,
    );
  const values: number[] = [];
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const at = {
        x: grid.xMin + ((column + 0.5) * (grid.xMax - grid.xMin)) / grid.columns,
        y: grid.yMax - ((row + 0.5) * (grid.yMax - grid.yMin)) / grid.rows,
        identity: points[moved]!.identity,
      };
      values.push(
        own.reduce(
          (sum, pair) => sum + referencePairLoss(at, partner(pair), pair.similar, margin).loss,
          rest,
        ),
      );
    }
  }
  return values;
}
