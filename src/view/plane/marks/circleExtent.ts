/**
 * What the view must take in for a margin circle to be seen whole, for the view fitting
 * (useFittedView.ts) to add to the points it fits: a circle cut by the plot's edge reads as two
 * arcs, not as "everything within m of this point".
 */

interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * The four extremes (left, right, bottom, top) of the margin circle of `focus`, in plane units:
 * a viewport that holds them holds the whole circle. Nothing when there is no focus point, or
 * when the margin or the point is not a finite number.
 */
export function viewExtentFor(
  points: readonly Position[],
  margin: number,
  focus: number | null,
): Position[] {
  const centre = focus === null ? undefined : points[focus];
  if (!centre || !(margin > 0) || !Number.isFinite(margin)) return [];
  const { x, y } = centre;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
  return [
    { x: x - margin, y },
    { x: x + margin, y },
    { x, y: y - margin },
    { x, y: y + margin },
  ];
}

/** Whether the margin circle of `point` lies whole inside the viewport. */
export function circleInView(
  viewport: {
    readonly xMin: number;
    readonly xMax: number;
    readonly yMin: number;
    readonly yMax: number;
  },
  point: Position,
  margin: number,
): boolean {
  return (
    point.x - margin >= viewport.xMin &&
    point.x + margin <= viewport.xMax &&
    point.y - margin >= viewport.yMin &&
    point.y + margin <= viewport.yMax
  );
}
