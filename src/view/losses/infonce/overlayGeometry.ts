/**
 * Geometry of the InfoNCE marks on the plane, in screen pixels (y grows downwards). Cosine
 * similarity sees only directions, so the marks are rays from the origin and the angles between
 * them.
 */
import type { InfoNceOutput } from '../../../engine';
import type { Rect } from '../../plane/geometry/geometry';
import { indexObstacles } from '../../plane/geometry/obstacleIndex';
import { textAt, textBox, type Obstacles, type TextSpot } from '../triplet/tripletGeometry';
import { cosineOf } from './infonceModel';

export interface Ray {
  readonly x2: number;
  readonly y2: number;
}

/** From the origin (ox, oy) through (px, py), `length` px long; null when they coincide. */
export function rayThrough(
  ox: number,
  oy: number,
  px: number,
  py: number,
  length: number,
): Ray | null {
  const dx = px - ox;
  const dy = py - oy;
  const norm = Math.hypot(dx, dy);
  if (norm === 0) return null;
  return { x2: ox + (dx / norm) * length, y2: oy + (dy / norm) * length };
}

export interface AngleArc {
  /** SVG path of the arc, centred on the origin. */
  readonly d: string;
  /** Where its label goes (outside the arc's middle, or beside a narrow arc) and its anchoring. */
  readonly labelX: number;
  readonly labelY: number;
  readonly textAnchor: 'start' | 'middle' | 'end';
}

/** Below this half-angle, radians (about 11°), an arc is too narrow to hold its label. */
const NARROW = 0.2;
/** How far a narrow arc's label keeps from the rays, px: half a line and the rays' slope. */
const LABEL_CLEARANCE = 20;

/**
 * The arc of radius r about (ox, oy) from the direction of `from` to the direction of `to`, the
 * short way round (an angle between two rays is at most π).
 */
export function angleArc(
  ox: number,
  oy: number,
  radius: number,
  from: { x: number; y: number },
  to: { x: number; y: number },
): AngleArc {
  const start = Math.atan2(from.y - oy, from.x - ox);
  let turn = Math.atan2(to.y - oy, to.x - ox) - start;
  if (turn > Math.PI) turn -= 2 * Math.PI;
  if (turn <= -Math.PI) turn += 2 * Math.PI;
  const end = start + turn;
  const at = (angle: number, r: number) => [ox + r * Math.cos(angle), oy + r * Math.sin(angle)];
  const [x1, y1] = at(start, radius);
  const [x2, y2] = at(end, radius);
  // With y downwards, SVG's sweep flag 1 turns the way the angle grows.
  const d = `M${x1},${y1}A${radius},${radius} 0 0 ${turn > 0 ? 1 : 0} ${x2},${y2}`;
  const middle = start + turn / 2;
  const half = Math.abs(turn) / 2;
  if (half >= NARROW) {
    const [labelX, labelY] = at(middle, radius + 8);
    return { d, labelX: labelX!, labelY: labelY!, textAnchor: anchorFor(Math.cos(middle)) };
  }
  // A narrow arc's label would sit on the rays: it goes beside the arc instead, across the rays
  // on the side facing down the screen, clear of both.
  let [nx, ny] = [-Math.sin(middle), Math.cos(middle)];
  if (ny < 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
  const [x, y] = at(middle, radius);
  const gap = radius * Math.sin(half) + LABEL_CLEARANCE;
  return { d, labelX: x! + nx * gap, labelY: y! + ny * gap, textAnchor: anchorFor(nx) };
}

/** Text starts at, ends at or is centred on its point, as the label lies right, left or above. */
function anchorFor(across: number): AngleArc['textAnchor'] {
  return across > 0.35 ? 'start' : across < -0.35 ? 'end' : 'middle';
}

/** The most rays drawn; a denser scene shows only the anchor's. */
export const MAX_RAYS = 200;
/** The most positives the anchor's arcs are drawn to. */
export const MAX_POSITIVE_ARCS = 2;

/**
 * The anchor's positives whose angles the plane shows: the least similar first (their loss terms
 * are the largest), at most MAX_POSITIVE_ARCS. Points at the origin have no direction.
 */
export function arcPositives(
  output: InfoNceOutput,
  identityOf: Int32Array,
  anchor: number,
): number[] {
  const positives: number[] = [];
  for (let k = 0; k < identityOf.length; k++) {
    if (k !== anchor && identityOf[k] === identityOf[anchor] && output.radius[k]! > 0)
      positives.push(k);
  }
  positives.sort((a, b) => cosineOf(output, anchor, a) - cosineOf(output, anchor, b) || a - b);
  return positives.slice(0, MAX_POSITIVE_ARCS);
}

/** A label's estimated size, px: the arcs' labels are short ("cos = 0.87"), in 12.5 px bold. */
const CHARACTER_WIDTH = 7.4;
const LINE_HEIGHT = 16;

/**
 * The x at which an arc's label lies wholly between 0 and `width` (the plot), its anchoring kept:
 * an arc near the plot's edge would otherwise have its cosine cut off there.
 */
export function labelXInside(
  x: number,
  textAnchor: AngleArc['textAnchor'],
  text: string,
  width: number,
): number {
  const span = text.length * CHARACTER_WIDTH;
  const [before, after] =
    textAnchor === 'start' ? [0, span] : textAnchor === 'end' ? [span, 0] : [span / 2, span / 2];
  return Math.max(before + 2, Math.min(width - after - 2, x));
}

/** The box an arc's label covers, centred on y (as drawn, with dy = 0.32em). */
export function arcLabelBox(
  x: number,
  y: number,
  textAnchor: AngleArc['textAnchor'],
  text: string,
): Rect {
  const width = text.length * CHARACTER_WIDTH;
  const left = textAnchor === 'start' ? x : textAnchor === 'end' ? x - width : x - width / 2;
  return { left, top: y - LINE_HEIGHT / 2, right: left + width, bottom: y + LINE_HEIGHT / 2 };
}

/**
 * Where each label goes, as y: nudges the arcs' labels down, one line at a time, until none covers another: nested arcs with
 * nearly the same middle would otherwise print their cosines on top of each other.
 */
export function separateLabels(
  labels: readonly { x: number; y: number; textAnchor: AngleArc['textAnchor']; text: string }[],
): number[] {
  const placed: { left: number; right: number; y: number }[] = [];
  return labels.map(({ x, y, textAnchor, text }) => {
    const width = text.length * CHARACTER_WIDTH;
    const left = textAnchor === 'start' ? x : textAnchor === 'end' ? x - width : x - width / 2;
    const box = { left, right: left + width, y };
    const overlaps = () =>
      placed.some(
        (other) =>
          box.left < other.right &&
          other.left < box.right &&
          Math.abs(box.y - other.y) < LINE_HEIGHT,
      );
    while (overlaps()) box.y += LINE_HEIGHT;
    placed.push(box);
    return box.y;
  });
}

/** The anchor's ring on the plane: its radius around the point, px, and its word's size. */
export const ANCHOR_RING = 17;
export const ANCHOR_FONT = 13;
/** The eight directions the word "anchor" tries around the ring, screen-right first. */
const AROUND = [0, 4, 2, 6, 1, 3, 5, 7].map((k) => ({
  x: Math.cos((k * Math.PI) / 4),
  y: Math.sin((k * Math.PI) / 4),
}));

/**
 * Where the word "anchor" goes beside the anchor's ring: the first of eight spots around it (then
 * eight a little farther out) that stays in the plot and covers no point or label, crossing as
 * few lines as it can.
 */
export function anchorWordSpot(
  at: { x: number; y: number },
  ring: number,
  obstacles: Obstacles,
  plot: Rect,
  fontSize = ANCHOR_FONT,
): TextSpot {
  // Right beside the ring first; a little farther out when the crowd leaves no room there.
  const spots = [3, 24].flatMap((gap) =>
    AROUND.map((unit) => textAt({ x: at.x + unit.x * ring, y: at.y + unit.y * ring }, unit, gap)),
  );
  const index = indexObstacles(obstacles);
  const cost = (spot: TextSpot, rank: number) => {
    const box = textBox(spot, 'anchor'.length, fontSize);
    const inside =
      box.left >= plot.left &&
      box.right <= plot.right &&
      box.top >= plot.top &&
      box.bottom <= plot.bottom;
    return (
      rank * 0.1 + (inside ? 0 : 500) + 100 * index.boxesHit(box) + 3 * index.segmentsCrossing(box)
    );
  };
  const costs = spots.map(cost);
  return spots[costs.indexOf(Math.min(...costs))]!;
}
