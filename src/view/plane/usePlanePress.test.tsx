// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScene } from '../../scene/defaultScene';
import { useEvaluation } from '../explorerContext';
import { renderWithStore } from '../../testing/renderExplorer';
import { planeScales } from './geometry/scales';
import { usePlanePress } from './usePlanePress';

afterEach(cleanup);

/** The plot starts 40 px in and 10 px down the SVG; it shows [0, 1]² on 500 × 500 px. */
const ORIGIN = { left: 40, top: 10 };
const scales = planeScales({ xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, { width: 500, height: 500 });

/** The plane's press surface alone: an SVG with the press handlers, points where the store has them. */
function PressSurface() {
  const svg = useRef<SVGSVGElement>(null);
  const evaluation = useEvaluation();
  const positions = () => ({
    px: evaluation.scene.points.map((point) => scales.x(point.x)),
    py: evaluation.scene.points.map((point) => scales.y(point.y)),
  });
  const { handlers } = usePlanePress(evaluation, positions, scales, ORIGIN, svg);
  return <svg ref={svg} data-testid="surface" {...handlers} />;
}

/** Client coordinates of a spot given in plane units (the SVG sits at the page's corner). */
const at = (x: number, y: number) => ({
  clientX: ORIGIN.left + scales.x(x),
  clientY: ORIGIN.top + scales.y(y),
});

function setUp() {
  const { store } = renderWithStore(<PressSurface />, defaultScene);
  const surface = screen.getByTestId('surface');
  const captured: number[] = [];
  // jsdom has no pointer capture; the plane asks for it on every grab.
  surface.setPointerCapture = (id: number) => captured.push(id);
  const point = (label: string) => {
    const found = store.getState().scene.points.find((p) => p.label === label)!;
    return { x: found.x, y: found.y };
  };
  const indexOf = (label: string) =>
    store.getState().scene.points.findIndex((p) => p.label === label);
  return { store, surface, captured, point, indexOf };
}

const mouse = { pointerType: 'mouse', pointerId: 1, button: 0 };

describe('a press on the plane with the move tool', () => {
  it('grabs the point within reach, holds it and makes it the active, lit point', () => {
    const { store, surface, captured, indexOf } = setUp();
    // A1 sits at (0.8, 0.2); 10 px off is within the mouse's reach of 16 px.
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.8 + 10 / 500, 0.2) });
    const a1 = indexOf('A1');
    expect(store.getState().held).toBe(a1);
    expect(store.getState().activePoint).toBe(a1);
    expect(store.getState().highlight).toEqual({ kind: 'point', index: a1 });
    expect(captured).toEqual([1]);
  });

  it('changes the store once for a grab, and not again when the point takes focus', () => {
    const { store, surface, indexOf } = setUp();
    let writes = 0;
    store.subscribe(() => writes++);
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.8, 0.2) });
    expect(writes).toBe(1);
    store.getState().focusPoint(indexOf('A1'));
    expect(writes).toBe(1);
  });

  it('moves the point with the pointer, keeping the offset it was grabbed at', () => {
    const { surface, point } = setUp();
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.81, 0.2) });
    fireEvent.pointerMove(surface, { ...mouse, ...at(0.61, 0.5) });
    expect(point('A1').x).toBeCloseTo(0.6, 3);
    expect(point('A1').y).toBeCloseTo(0.5, 3);
  });

  it('rounds the point to a tenth of a pixel and keeps it inside the plot', () => {
    const { surface, point } = setUp();
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.8, 0.2) });
    fireEvent.pointerMove(surface, { ...mouse, clientX: ORIGIN.left + 123.456, clientY: -400 });
    // 500 px per unit: a tenth of a pixel is 0.0002 of a unit, and the top edge is y = 1.
    expect(point('A1')).toEqual({ x: 0.2469, y: 1 });
  });

  it('lets go on release: no longer held, and later moves leave the point alone', () => {
    const { store, surface, point } = setUp();
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.8, 0.2) });
    fireEvent.pointerUp(surface, mouse);
    expect(store.getState().held).toBeNull();
    fireEvent.pointerMove(surface, { ...mouse, ...at(0.3, 0.3) });
    expect(point('A1')).toEqual({ x: 0.8, y: 0.2 });
  });

  it('ignores a second finger while the first holds a point', () => {
    const { surface, point } = setUp();
    const finger = { pointerType: 'touch', button: 0 };
    fireEvent.pointerDown(surface, { ...finger, pointerId: 7, ...at(0.8, 0.2) });
    fireEvent.pointerMove(surface, { ...finger, pointerId: 8, ...at(0.5, 0.5) });
    expect(point('A1')).toEqual({ x: 0.8, y: 0.2 });
    fireEvent.pointerMove(surface, { ...finger, pointerId: 7, ...at(0.7, 0.3) });
    expect(point('A1').x).toBeCloseTo(0.7, 3);
  });

  it('gives a finger a longer reach than the mouse', () => {
    const { store, surface } = setUp();
    const off = at(0.8 + 22 / 500, 0.2);
    fireEvent.pointerDown(surface, { ...mouse, ...off });
    expect(store.getState().held).toBeNull();
    fireEvent.pointerDown(surface, { pointerType: 'touch', pointerId: 2, button: 0, ...off });
    expect(store.getState().held).not.toBeNull();
  });

  it('leaves a right click alone', () => {
    const { store, surface } = setUp();
    fireEvent.pointerDown(surface, { ...mouse, button: 2, ...at(0.8, 0.2) });
    expect(store.getState().held).toBeNull();
  });
});

describe('hovering', () => {
  it('lights the point a press would grab, and nothing once the pointer leaves', () => {
    const { store, surface, indexOf } = setUp();
    fireEvent.pointerMove(surface, { ...mouse, ...at(0.15, 0.85) });
    expect(store.getState().highlight).toEqual({ kind: 'point', index: indexOf('B2') });
    fireEvent.pointerMove(surface, { ...mouse, ...at(0.5, 0.5) });
    expect(store.getState().highlight).toBeNull();
    fireEvent.pointerMove(surface, { ...mouse, ...at(0.1, 0.9) });
    fireEvent.pointerLeave(surface, mouse);
    expect(store.getState().highlight).toBeNull();
  });
});

describe('the other tools', () => {
  it('add: a press on an empty spot adds a point there, rounded to the pointer’s step', () => {
    const { store, surface } = setUp();
    act(() => store.getState().setTool('add'));
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.4, 0.6) });
    const points = store.getState().scene.points;
    expect(points).toHaveLength(5);
    expect(points[4]).toMatchObject({ x: 0.4, y: 0.6 });
  });

  it('add: a press outside the plot adds nothing', () => {
    const { store, surface } = setUp();
    act(() => store.getState().setTool('add'));
    fireEvent.pointerDown(surface, { ...mouse, clientX: 5, clientY: 5 });
    expect(store.getState().scene.points).toHaveLength(4);
  });

  it('pairs: two presses on points pick their pair, and nothing is dragged', () => {
    const { store, surface, point } = setUp();
    act(() => store.getState().setTool('pairs'));
    const before = store.getState().scene.pairs;
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.8, 0.2) });
    expect(store.getState().held).toBeNull();
    fireEvent.pointerMove(surface, { ...mouse, ...at(0.5, 0.5) });
    expect(point('A1')).toEqual({ x: 0.8, y: 0.2 });
    fireEvent.pointerDown(surface, { ...mouse, ...at(0.15, 0.85) });
    expect(store.getState().scene.pairs).not.toEqual(before);
  });
});
