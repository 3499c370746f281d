/**
 * Places point labels so they cover no other label, no point, and as little of the arrows and
 * lines as possible: each label tries eight spots around its point and keeps the least crowded,
 * greedily in point order (enough for the scenes that show labels; large scenes label on hover).
 */
import { rectsOverlap, segmentCrossesRect, type Rect, type Segment } from './geometry';

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
  const width = style.fontSize * 0.62 * point.text.length + 4;
  const height = style.fontSize;
  const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const baseline = dy > 0 ? 'hanging' : dy < 0 ? 'auto' : 'central';
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const top = baseline === 'hanging' ? y : baseline === 'auto' ? y - height : y - height / 2;
  return { x, y, anchor, baseline, box: { left, top, right: left + width, bottom: top + height } };
}

export function placeLabels(
  points: readonly LabelledPoint[],
  obstacles: readonly Segment[],
  style: LabelStyle,
): LabelSpot[] {
  const placed: Rect[] = [];
  const pointBoxes = points.map(({ x, y }) => ({
    left: x - style.pointRadius,
    top: y - style.pointRadius,
    right: x + style.pointRadius,
    bottom: y + style.pointRadius,
  }));
  return points.map((point, index) => {
    let best: LabelSpot | undefined;
    let bestCost = Infinity;
    DIRECTIONS.forEach((direction, rank) => {
      const spot = spotFor(point, direction, style);
      let cost = rank * 0.1;
      cost += 100 * placed.filter((box) => rectsOverlap(box, spot.box)).length;
      cost +=
        100 * pointBoxes.filter((box, k) => k !== index && rectsOverlap(box, spot.box)).length;
      cost += 3 * obstacles.filter((segment) => segmentCrossesRect(segment, spot.box)).length;
      if (cost < bestCost) {
        bestCost = cost;
        best = spot;
      }
    });
    const chosen = best!;
    placed.push(chosen.box);
    return chosen;
  });
}
