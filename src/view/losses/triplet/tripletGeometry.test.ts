import { describe, expect, it } from 'vitest';
import { rectsOverlap, type Rect } from '../../plane/geometry/geometry';
import {
  direction,
  LABEL_FONT,
  placeTripletMarks,
  RING_FONT,
  TAG_RADIUS,
  textAt,
  textBox,
  type Obstacles,
  type Spot,
  type TripletPlacement,
} from './tripletGeometry';

const PLOT: Rect = { left: 0, top: 0, right: 600, bottom: 400 };
const TEXTS = { positive: 'D(a,p) = 0.5000', negative: 'D(a,n) = 1.2500', ring: 'D(a,p) + m' };
const NOTHING: Obstacles = { boxes: [], segments: [] };

const tagBox = ({ x, y }: Spot): Rect => ({
  left: x - TAG_RADIUS,
  top: y - TAG_RADIUS,
  right: x + TAG_RADIUS,
  bottom: y + TAG_RADIUS,
});

/** Every box the placement drew, to check that none covers another. */
function boxesOf(place: TripletPlacement): Rect[] {
  return [
    ...place.tags.map(tagBox),
    textBox(place.positive, TEXTS.positive.length, LABEL_FONT),
    textBox(place.negative, TEXTS.negative.length, LABEL_FONT),
  ];
}

const within = (box: Rect, plot: Rect) =>
  box.left >= plot.left &&
  box.right <= plot.right &&
  box.top >= plot.top &&
  box.bottom <= plot.bottom;

describe('directions and text anchors', () => {
  it('gives unit vectors, and none between coincident spots', () => {
    expect(direction({ x: 0, y: 0 }, { x: 3, y: 4 })).toEqual({ x: 0.6, y: 0.8 });
    expect(direction({ x: 1, y: 1 }, { x: 1.05, y: 1 })).toBeNull();
  });

  it('anchors text so it grows away from its point', () => {
    expect(textAt({ x: 10, y: 10 }, { x: 1, y: 0 }, 5)).toEqual({
      x: 15,
      y: 10,
      anchor: 'start',
      baseline: 'central',
    });
    const above = textAt({ x: 10, y: 10 }, { x: 0, y: -1 }, 5);
    expect([above.anchor, above.baseline]).toEqual(['middle', 'auto']);
    // Text anchored at its end with the baseline at y lies left of x and above y.
    const box = textBox({ x: 100, y: 50, anchor: 'end', baseline: 'auto' }, 10, 10);
    expect(box.right).toBe(100);
    expect(box.bottom).toBe(50);
    expect(box.top).toBe(40);
  });
});

describe('placing the overlay words', () => {
  it('keeps every word in the plot and off the others, in an open plot', () => {
    const spots: [Spot, Spot, Spot] = [
      { x: 300, y: 200 },
      { x: 380, y: 140 },
      { x: 150, y: 260 },
    ];
    const place = placeTripletMarks(spots, TEXTS, 120, NOTHING, PLOT);
    const boxes = boxesOf(place);
    for (const box of boxes) expect(within(box, PLOT)).toBe(true);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    // A long line carries its point's tag just short of the point, on the line.
    const [, p] = place.tags;
    const t = (p.x - 300) / (380 - 300);
    expect(p.y).toBeCloseTo(200 + t * (140 - 200), 9);
    expect(Math.hypot(p.x - 380, p.y - 140)).toBeCloseTo(19, 9);
    // The ring's name sits on top of the ring when there is room.
    expect(place.ring).toMatchObject({ x: 300, anchor: 'middle', baseline: 'auto' });
  });

  it('moves a label off a point that sits where it would go', () => {
    const spots: [Spot, Spot, Spot] = [
      { x: 300, y: 200 },
      { x: 500, y: 200 },
      { x: 300, y: 350 },
    ];
    const free = placeTripletMarks(spots, TEXTS, 220, NOTHING, PLOT).positive;
    const blocker = textBox(free, TEXTS.positive.length, LABEL_FONT);
    const crowded: Obstacles = { boxes: [blocker], segments: [] };
    const moved = placeTripletMarks(spots, TEXTS, 220, crowded, PLOT).positive;
    expect(rectsOverlap(textBox(moved, TEXTS.positive.length, LABEL_FONT), blocker)).toBe(false);
  });

  it('names the ring only where its name fits in the plot, and not a tiny ring', () => {
    const spots: [Spot, Spot, Spot] = [
      { x: 300, y: 200 },
      { x: 310, y: 200 },
      { x: 300, y: 230 },
    ];
    expect(placeTripletMarks(spots, TEXTS, 5000, NOTHING, PLOT).ring).toBeNull();
    expect(placeTripletMarks(spots, TEXTS, 12, NOTHING, PLOT).ring).toBeNull();
    const ring = placeTripletMarks(spots, TEXTS, 250, NOTHING, PLOT).ring;
    expect(ring).not.toBeNull();
    expect(within(textBox(ring!, TEXTS.ring.length, RING_FONT), PLOT)).toBe(true);
  });

  it('still places everything when the three points coincide', () => {
    const same = { x: 300, y: 200 };
    const place = placeTripletMarks([same, same, same], TEXTS, 40, NOTHING, PLOT);
    for (const spot of [...place.tags, place.positive, place.negative])
      expect(Number.isFinite(spot.x) && Number.isFinite(spot.y)).toBe(true);
    const tags = place.tags.map(tagBox);
    expect(rectsOverlap(tags[0]!, tags[1]!) || rectsOverlap(tags[1]!, tags[2]!)).toBe(false);
  });
});
