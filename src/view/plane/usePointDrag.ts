/**
 * Dragging points with mouse, touch or pen (pointer events with pointer capture on the plane),
 * and lighting the point under a hovering pointer.
 *
 * A press picks the nearest point within reach, not whichever hit area happens to be on top, so
 * two close points can each be grabbed by a finger. The point keeps the offset at which it was
 * grabbed (it stays under the pointer), is held inside the plot, and its coordinates are rounded
 * to a tenth of a pixel (see `pointerStep`).
 */
import { useRef, type PointerEvent } from 'react';
import { clamp } from '../../scene/model';
import { useActions } from '../explorerContext';
import type { PlaneScales } from './geometry/scales';
import { pointerStep, roundToStep } from './geometry/viewport';

/** Where the plot area starts inside the SVG, px. */
export interface PlotOrigin {
  readonly left: number;
  readonly top: number;
}

/** How far from a point's centre a press still grabs it, px: fingers get more room. */
const REACH: Readonly<Record<string, number | undefined>> & { readonly mouse: number } = {
  mouse: 16,
  touch: 28,
  pen: 22,
};

/** The nearest point to (x, y) within `reach` pixels, or -1. */
export function nearestPoint(
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  x: number,
  y: number,
  reach: number,
) {
  let best = -1;
  let bestDistance = reach * reach;
  for (let i = 0; i < px.length; i++) {
    const distance = (px[i]! - x) ** 2 + (py[i]! - y) ** 2;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** What the plane does with a press, beyond dragging. */
export interface PressHandlers {
  /** A press on a point: true to drag it (the move and add tools), false if handled otherwise. */
  pressPoint(index: number): boolean;
  /** A press on an empty spot, in plane units (the add tool adds a point there). */
  pressEmpty(x: number, y: number): void;
  /** A point is grabbed, or let go (null). */
  hold(index: number | null): void;
}

/** Where the points are drawn now, px: read at each press and move, never kept. */
export type PointPositions = () => {
  readonly px: ArrayLike<number>;
  readonly py: ArrayLike<number>;
};

export function usePointDrag(
  positions: PointPositions,
  scales: PlaneScales,
  origin: PlotOrigin,
  press: PressHandlers,
) {
  const { movePoint, setHighlight } = useActions();
  /** The point lit by hovering near it (not by focus or the table), to unlight when leaving it. */
  const hovered = useRef(-1);
  const grab = useRef<{ index: number; dx: number; dy: number; pointer: number } | null>(null);

  const plotPosition = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left - origin.left, y: event.clientY - box.top - origin.top };
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const at = plotPosition(event);
    const reach = REACH[event.pointerType] ?? REACH.mouse;
    const { px, py } = positions();
    const index = nearestPoint(px, py, at.x, at.y, reach);
    if (index < 0) {
      const { width, height } = scales.size;
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) return;
      const step = pointerStep(1 / scales.pixelsPerUnit);
      press.pressEmpty(
        roundToStep(scales.x.invert(at.x), step),
        roundToStep(scales.y.invert(at.y), step),
      );
      return;
    }
    event.preventDefault();
    if (!press.pressPoint(index)) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    grab.current = {
      index,
      dx: at.x - px[index]!,
      dy: at.y - py[index]!,
      pointer: event.pointerId,
    };
    press.hold(index);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const held = grab.current;
    if (!held) {
      // Hover lights the nearest point within reach, as a press would grab it.
      const at = plotPosition(event);
      const reach = REACH[event.pointerType] ?? REACH.mouse;
      const { px, py } = positions();
      const index = nearestPoint(px, py, at.x, at.y, reach);
      if (index === hovered.current) return;
      if (index >= 0) setHighlight({ kind: 'point', index });
      else setHighlight(null);
      hovered.current = index;
      return;
    }
    if (held.pointer !== event.pointerId) return;
    const at = plotPosition(event);
    const { width, height } = scales.size;
    const step = pointerStep(1 / scales.pixelsPerUnit);
    const x = roundToStep(scales.x.invert(clamp(at.x - held.dx, 0, width)), step);
    const y = roundToStep(scales.y.invert(clamp(at.y - held.dy, 0, height)), step);
    movePoint(held.index, x, y);
  };

  const release = (event: PointerEvent<SVGSVGElement>) => {
    if (grab.current?.pointer === event.pointerId) {
      hovered.current = grab.current.index;
      grab.current = null;
      press.hold(null);
    }
  };

  const onPointerLeave = () => {
    if (grab.current || hovered.current < 0) return;
    hovered.current = -1;
    setHighlight(null);
  };

  return {
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: release,
      onPointerCancel: release,
      onLostPointerCapture: release,
      onPointerLeave,
    },
  };
}
