/**
 * Where the triplet overlay puts its words, in screen pixels (y grows downwards): the a, p and n
 * tags, the two distance labels and the ring's name. Each tries a few spots and keeps the least
 * crowded, greedily, as the point labels do (../plane/labelPlacement.ts): leaving the plot (and
 * so vanishing) costs most, covering a point or a label next, crossing a line least.
 */
import {
  rectsOverlap,
  segmentCrossesRect,
  type Rect,
  type Segment,
} from '../../plane/geometry/geometry';
import { indexObstacles } from '../../plane/geometry/obstacleIndex';

export interface Spot {
  readonly x: number;
  readonly y: number;
}

export interface TextSpot extends Spot {
  readonly anchor: 'start' | 'middle' | 'end';
  /** Where the text sits relative to y, as SVG's dominant-baseline. */
  readonly baseline: 'auto' | 'central' | 'hanging';
}

/** What the words should keep clear of. */
export interface Obstacles {
  /** Points and their labels. */
  readonly boxes: readonly Rect[];
  /** Pair lines and gradient arrows. */
  readonly segments: readonly Segment[];
}

export interface TripletPlacement {
  /** The a, p and n tags' centres. */
  readonly tags: readonly [Spot, Spot, Spot];
  readonly positive: TextSpot;
  readonly negative: TextSpot;
  /** The ring's name, or null when no spot of the ring is in the plot. */
  readonly ring: TextSpot | null;
}

export const TAG_RADIUS = 8;
export const LABEL_FONT = 13;
export const RING_FONT = 12;
const TAG_OFFSET = 19;
/** A ring smaller than this, px, is too small to carry its name. */
const MIN_NAMED_RING = 20;
const LINE_OFFSETS = [9, 30, 54];
/** Spots along a line for its label, as fractions from the anchor, best first. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8];
/** The eight compass directions, screen-down first turning clockwise. */
const COMPASS = Array.from({ length: 8 }, (_, k) => ({
  x: Math.cos(((k + 2) * Math.PI) / 4),
  y: Math.sin(((k + 2) * Math.PI) / 4),
}));

/** The unit vector from `from` to `to`, or null when they coincide (to a tenth of a pixel). */
export function direction(from: Spot, to: Spot): Spot | null {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return length < 0.1 ? null : { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

/** Text `offset` px from `at` in direction `unit`, anchored so that it grows away from `at`. */
export function textAt(at: Spot, unit: Spot, offset: number): TextSpot {
  return {
    x: at.x + unit.x * offset,
    y: at.y + unit.y * offset,
    anchor: unit.x > 0.35 ? 'start' : unit.x < -0.35 ? 'end' : 'middle',
    baseline: unit.y > 0.35 ? 'hanging' : unit.y < -0.35 ? 'auto' : 'central',
  };
}

/** The box a text of `length` characters covers at `spot` (a generous width estimate). */
export function textBox(spot: TextSpot, length: number, fontSize: number): Rect {
  const width = fontSize * 0.62 * length + 4;
  const left =
    spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  const top =
    spot.baseline === 'hanging'
      ? spot.y
      : spot.baseline === 'auto'
        ? spot.y - fontSize
        : spot.y - fontSize / 2;
  return { left, top, right: left + width, bottom: top + fontSize };
}

const squareAround = ({ x, y }: Spot, radius: number): Rect => ({
  left: x - radius,
  top: y - radius,
  right: x + radius,
  bottom: y + radius,
});

const inside = (box: Rect, plot: Rect) =>
  box.left >= plot.left &&
  box.right <= plot.right &&
  box.top >= plot.top &&
  box.bottom <= plot.bottom;

export function placeTripletMarks(
  [a, p, n]: readonly [Spot, Spot, Spot],
  texts: { readonly positive: string; readonly negative: string; readonly ring: string },
  ringRadius: number,
  obstacles: Obstacles,
  plot: Rect,
): TripletPlacement {
  const placed: Rect[] = [];
  const index = indexObstacles(obstacles);
  const toPositive = { x1: a.x, y1: a.y, x2: p.x, y2: p.y };
  const toNegative = { x1: a.x, y1: a.y, x2: n.x, y2: n.y };
  const cost = (box: Rect, rank: number, lines: readonly Segment[]) =>
    rank * 0.1 +
    100 * index.boxesHit(box) +
    100 * placed.filter((other) => rectsOverlap(other, box)).length +
    (inside(box, plot) ? 0 : 500) +
    3 * index.segmentsCrossing(box) +
    3 * lines.filter((segment) => segmentCrossesRect(segment, box)).length;
  /** Keeps the cheapest of the candidates and takes its room. */
  const best = <T>(candidates: readonly T[], boxOf: (c: T) => Rect, lines: readonly Segment[]) => {
    const costs = candidates.map((candidate, rank) => cost(boxOf(candidate), rank, lines));
    const chosen = candidates[costs.indexOf(Math.min(...costs))]!;
    placed.push(boxOf(chosen));
    return { chosen, cost: Math.min(...costs) };
  };
  const tagBox = (spot: Spot) => squareAround(spot, TAG_RADIUS);

  // A positive's or negative's tag goes on its own line, just short of the point (labels keep off
  // lines, so that spot is usually free), else around the point.
  const endTag = (at: Spot, own: Segment, other: Segment) => {
    const back = direction(at, a);
    const onLine =
      back && Math.hypot(a.x - at.x, a.y - at.y) > 3 * TAG_OFFSET
        ? [{ x: at.x + back.x * TAG_OFFSET, y: at.y + back.y * TAG_OFFSET }]
        : [];
    const around = COMPASS.map((u) => ({ x: at.x + u.x * TAG_OFFSET, y: at.y + u.y * TAG_OFFSET }));
    const lines = onLine.length > 0 ? [other] : [own, other];
    return best([...onLine, ...around], tagBox, lines).chosen;
  };
  const anchorTag = best(
    COMPASS.map((u) => ({ x: a.x + u.x * TAG_OFFSET, y: a.y + u.y * TAG_OFFSET })),
    tagBox,
    [toPositive, toNegative],
  ).chosen;
  const positiveTag = endTag(p, toPositive, toNegative);
  const negativeTag = endTag(n, toNegative, toPositive);

  const lineLabel = (to: Spot, other: Spot, text: string) => {
    const along = direction(a, to) ?? { x: 1, y: 0 };
    let normal = { x: -along.y, y: along.x };
    const middle = { x: (a.x + to.x) / 2, y: (a.y + to.y) / 2 };
    if (normal.x * (other.x - middle.x) + normal.y * (other.y - middle.y) > 0)
      normal = { x: -normal.x, y: -normal.y };
    const candidates = LINE_OFFSETS.flatMap((offset) =>
      ALONG.flatMap((t) => {
        const at = { x: a.x + (to.x - a.x) * t, y: a.y + (to.y - a.y) * t };
        return [normal, { x: -normal.x, y: -normal.y }].map((side) => textAt(at, side, offset));
      }),
    );
    return best(candidates, (spot) => textBox(spot, text.length, LABEL_FONT), [
      toPositive,
      toNegative,
    ]).chosen;
  };
  const positive = lineLabel(p, n, texts.positive);
  const negative = lineLabel(n, p, texts.negative);

  // The ring's name just outside the ring, from the top round both ways.
  const ringSpots = Array.from({ length: 16 }, (_, k) => {
    const angle = -Math.PI / 2 + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (Math.PI / 8);
    const unit = { x: Math.cos(angle), y: Math.sin(angle) };
    return textAt({ x: a.x + unit.x * ringRadius, y: a.y + unit.y * ringRadius }, unit, 4);
  });
  const ringBox = (spot: TextSpot) => textBox(spot, texts.ring.length, RING_FONT);
  const ring = best(ringSpots, ringBox, [toPositive, toNegative]);
  return {
    tags: [anchorTag, positiveTag, negativeTag],
    positive,
    negative,
    ring: ringRadius >= MIN_NAMED_RING && inside(ringBox(ring.chosen), plot) ? ring.chosen : null,
  };
}
