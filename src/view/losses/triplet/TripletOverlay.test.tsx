// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEvaluator } from '../../../scene/evaluation';
import type { Scene } from '../../../scene/model';
import { layoutPlane } from '../../plane/geometry/layout';
import { LABEL_STYLE, pointLabelSpots } from '../../plane/marks/PointLabels';
import { planeScales } from '../../plane/geometry/scales';
import { renderWithStore } from '../../../testing/renderExplorer';
import { chosenIn, termOf } from './chosenTriplet';
import { TripletOverlay } from './TripletOverlay';

afterEach(cleanup);

const SCENE: Scene = {
  margin: 1,
  loss: 'triplet',
  pairs: 'all',
  points: [
    { label: 'A1', identity: 'alice', x: 0.8, y: 0.2 },
    { label: 'A2', identity: 'alice', x: 0.75, y: 0.25 },
    { label: 'A3', identity: 'alice', x: 0.2, y: 0.2 },
    { label: 'B1', identity: 'bob', x: 0.1, y: 0.9 },
    { label: 'B2', identity: 'bob', x: 0.6, y: 0.3 },
  ],
};

const at = (i: number, j: number) =>
  Math.hypot(SCENE.points[i]!.x - SCENE.points[j]!.x, SCENE.points[i]!.y - SCENE.points[j]!.y);

function renderOverlay(anchor: number | null) {
  const evaluation = createEvaluator()(SCENE);
  const scales = planeScales({ xMin: -1, xMax: 2, yMin: -1, yMax: 2 }, { width: 600, height: 600 });
  const layout = layoutPlane(evaluation, scales, 0.02);
  return renderWithStore(
    <svg>
      <TripletOverlay
        plane={{ evaluation, scales, layout }}
        active={anchor}
        labels={pointLabelSpots(evaluation, layout, { keep: [], style: LABEL_STYLE, show: true })}
      />
    </svg>,
    SCENE,
  );
}

const ring = () => screen.getByTestId('triplet-ring');

describe('the triplet on the plane', () => {
  it('shows the scene’s hardest triplet without an anchor, and the hovered point’s when one is lit', () => {
    const { store } = renderOverlay(null);
    // B2 → B1 → A2: 0.7810 − 0.1581 + 1, the largest loss of the scene.
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('anchor B2');
    expect(screen.getByTestId('triplet-positive').dataset.label).toBe('B1');
    expect(screen.getByTestId('triplet-negative').dataset.label).toBe('A2');
    expect(Number(ring().dataset.radius)).toBeCloseTo(at(4, 3) + 1, 15);
    act(() => store.getState().setHighlight({ kind: 'point', index: 3 }));
    expect(screen.getByTestId('triplet-positive').dataset.label).toBe('B2');
  });

  it('shows the triplet chosen in the table with no point in hand', () => {
    const { store } = renderOverlay(null);
    const choose = (triplet: Parameters<typeof termOf>[0]) =>
      act(() => store.getState().chooseTerm(termOf(triplet)));
    choose({ anchor: 2, positive: 0, negative: 3, labels: ['A3', 'A1', 'B1'] });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('anchor A3');
    expect(screen.getByTestId('triplet-negative').dataset.label).toBe('B1');
  });

  it('shows the anchor’s hardest triplet: farthest positive, nearest negative', () => {
    renderOverlay(0);
    expect(screen.getByTestId('triplet-positive').dataset.label).toBe('A3');
    expect(screen.getByTestId('triplet-negative').dataset.label).toBe('B2');
    expect(Number(ring().dataset.radius)).toBeCloseTo(at(0, 2) + 1, 15);
    // 600 px for 3 units: 200 px a unit.
    expect(Number(ring().getAttribute('r'))).toBeCloseTo((at(0, 2) + 1) * 200, 9);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('anchor A1');
  });

  it('shows the triplet chosen in the table while its anchor is the anchor', () => {
    const { store } = renderOverlay(0);
    const choose = (triplet: Parameters<typeof termOf>[0]) =>
      act(() => store.getState().chooseTerm(termOf(triplet)));
    choose({ anchor: 0, positive: 1, negative: 3, labels: ['A1', 'A2', 'B1'] });
    expect(screen.getByTestId('triplet-positive').dataset.label).toBe('A2');
    expect(screen.getByTestId('triplet-negative').dataset.label).toBe('B1');
    expect(Number(ring().dataset.radius)).toBeCloseTo(at(0, 1) + 1, 15);
    expect(screen.getByText('D(a,p) = 0.0707')).toBeTruthy();
    // Another anchor's choice does not apply here.
    choose({ anchor: 1, positive: 0, negative: 3, labels: ['A2', 'A1', 'B1'] });
    expect(screen.getByTestId('triplet-positive').dataset.label).toBe('A3');
  });
});

describe('a chosen triplet', () => {
  const { context } = createEvaluator()(SCENE);
  const labelOf = (i: number) => SCENE.points[i]?.label;

  it('holds while its labels still name a triplet of the scene', () => {
    const choice = { anchor: 0, positive: 1, negative: 3, labels: ['A1', 'A2', 'B1'] } as const;
    expect(chosenIn(choice, context, labelOf)).toBe(choice);
    expect(chosenIn(null, context, labelOf)).toBeNull();
  });

  it('lapses once the points under it are others, or no longer a triplet', () => {
    const shifted = { anchor: 0, positive: 1, negative: 3, labels: ['A1', 'A2', 'B2'] } as const;
    expect(chosenIn(shifted, context, labelOf)).toBeNull();
    const gone = { anchor: 0, positive: 1, negative: 7, labels: ['A1', 'A2', 'B1'] } as const;
    expect(chosenIn(gone, context, labelOf)).toBeNull();
    const wrong = { anchor: 0, positive: 3, negative: 1, labels: ['A1', 'B1', 'A2'] } as const;
    expect(chosenIn(wrong, context, labelOf)).toBeNull();
  });
});
