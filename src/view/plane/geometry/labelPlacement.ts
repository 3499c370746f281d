/**
 * Places point labels so they cover no other label, no point, and as little of the arrows and
 * lines as possible: each label tries eight spots around its point and keeps the least crowded,
 * greedily in point order (enough for the scenes that show labels; large scenes label on hover).
 * `fitLabels` leaves out the labels that find no free spot.
 */
import { rectsOverlap, type Rect, type Segment } from './geometry';
import { indexObstacles, type ObstacleIndex } from './obstacleIndex';

export interface LabelSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Where the text sits relative to y, as SVG's dominant-baseline. */
  readonly baseline: 'auto' | 'central' | 'hanging';
  readonly box: Rect;
}

interface LabelledPoint {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Directions tried, best-looking first: up-right, down-right, up-left, down-left, then sides. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
];

export interface LabelStyle {
  /** Distance from the point's centre to the label, px. */
  readonly offset: number;
  readonly fontSize: number;
  /** Radius around each point that labels must keep clear of, px. */
  readonly pointRadius: number;
}

function spotFor(
  point: LabelledPoint,
  [dx, dy]: readonly [number, number],
  style: LabelStyle,
): LabelSpot {
  const reach = style.offset / Math.hypot(dx, dy);
  const x = point.x + dx * reach;
  const y = point.y + dy * reach;
  // Bold capitals and digits run to about 0.7 em each (A and 5 in DejaVu Sans Bold, 0.77 and
  // 0.7): a narrower guess let two large labels in presentation touch.
  const width = style.fontSize * 0.7 * point.text.length + 4;
  // The box a browser gives the text: 1.2 em tall, reaching 0.95 em above an alphabetic baseline
  // and 0.2 em above a hanging one (measured in Chromium).
  const height = style.fontSize * 1.2;
  const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const baseline = dy > 0 ? 'hanging' : dy < 0 ? 'auto' : 'central';
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const above = baseline === 'hanging' ? 0.2 : baseline === 'auto' ? 0.95 : 0.6;
  const top = y - above * style.fontSize;
  return { x, y, anchor, baseline, box: { left, top, right: left + width, bottom: top + height } };
}

/** A label of this cost or more covers another label or a point: it does not fit. */
const COVERS = 100;

/** The least crowded of the eight spots around `point`, and what it costs. */
function bestSpot(
  point: LabelledPoint,
  index: number,
  placed: readonly Rect[],
  pointBoxes: readonly Rect[],
  obstacles: ObstacleIndex,
  style: LabelStyle,
): { spot: LabelSpot; cost: number } {
  let best: LabelSpot | undefined;
  let bestCost = Infinity;
  DIRECTIONS.forEach((direction, rank) => {
    const spot = spotFor(point, direction, style);
    let cost = rank * 0.1;
    cost += COVERS * placed.filter((box) => rectsOverlap(box, spot.box)).length;
    // Every point's symbol but its own.
    const own = rectsOverlap(pointBoxes[index]!, spot.box) ? 1 : 0;
    cost += COVERS * (obstacles.boxesHit(spot.box) - own);
    cost += 3 * obstacles.segmentsCrossing(spot.box);
    if (cost < bestCost) {
      bestCost = cost;
      best = spot;
    }
  });
  return { spot: best!, cost: bestCost };
}

const boxesOf = (points: readonly LabelledPoint[], style: LabelStyle): Rect[] =>
  points.map(({ x, y }) => ({
    left: x - style.pointRadius,
    top: y - style.pointRadius,
    right: x + style.pointRadius,
    bottom: y + style.pointRadius,
  }));

/** A spot for every label, the least crowded each can find, even where it must cover another. */
export function placeLabels(
  points: readonly LabelledPoint[],
  obstacles: readonly Segment[],
  style: LabelStyle,
): LabelSpot[] {
  const placed: Rect[] = [];
  const pointBoxes = boxesOf(points, style);
  const indexed = indexObstacles({ boxes: pointBoxes, segments: obstacles });
  return points.map((point, index) => {
    const { spot } = bestSpot(point, index, placed, pointBoxes, indexed, style);
    placed.push(spot.box);
    return spot;
  });
}

/**
 * Labels only where they fit: a label that would cover another label or a point is left out
 * (null), so a crowded scene shows the labels it has room for rather than a heap of them. The
 * labels `keep` names are placed first and always shown: the point in hand is never unnamed.
 */
export function fitLabels(
  points: readonly LabelledPoint[],
  obstacles: readonly Segment[],
  style: LabelStyle,
  keep: (index: number) => boolean = () => false,
): (LabelSpot | null)[] {
  const placed: Rect[] = [];
  const pointBoxes = boxesOf(points, style);
  const indexed = indexObstacles({ boxes: pointBoxes, segments: obstacles });
  const spots: (LabelSpot | null)[] = points.map(() => null);
  const order = [...points.keys()].sort((a, b) => Number(keep(b)) - Number(keep(a)) || a - b);
  for (const index of order) {
    const { spot, cost } = bestSpot(points[index]!, index, placed, pointBoxes, indexed, style);
    if (cost >= COVERS && !keep(index)) continue;
    placed.push(spot.box);
    spots[index] = spot;
  }
  return spots;
}
