// @vitest-environment jsdom
import { MARGIN } from '../../../engine';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { renderWithStore } from '../../../testing/renderExplorer';
import { LossComparison } from './LossComparison';
import { referenceInfoNce, referenceTriplet } from '../../../testing/sceneReferences';

// jsdom has no canvas; the panels' drawing is the browser tests' business.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const totalOf = (id: string) => Number(screen.getByTestId(`compare-total-${id}`).dataset.value);

describe('the Compare tab', () => {
  it('shows each loss’s total and follows the scene', () => {
    const { store } = renderWithStore(<LossComparison />, defaultScene);
    expect(totalOf('contrastive')).toBeCloseTo(0.033044737, 8);
    expect(totalOf('triplet')).toBeCloseTo(referenceTriplet(defaultScene), 12);
    expect(totalOf('infonce')).toBeCloseTo(referenceInfoNce(defaultScene, 0.1), 12);
    fireEvent.click(screen.getByRole('button', { name: /^Triplet: total/ }));
    expect(store.getState().scene.loss).toBe('triplet');
    const triplet = screen.getByRole('button', { name: /^Triplet: total/ });
    expect(triplet.getAttribute('aria-pressed')).toBe('true');
    expect(within(triplet).getByText('In use on the plane')).toBeTruthy();
    act(() => store.getState().setKnob(MARGIN, 2));
    const scene = store.getState().scene;
    expect(totalOf('triplet')).toBeCloseTo(referenceTriplet(scene), 12);
  });

  it('names the point with the longest arrow under each loss', () => {
    renderWithStore(<LossComparison />, defaultScene);
    const panel = screen.getByRole('button', { name: /^Contrastive: total/ });
    // A2–B2 is the pair deepest inside the margin: A2 takes the hardest push.
    expect(within(panel).getByText(/max \|∇\| 0\.\d{4} at A2/)).toBeTruthy();
  });
});
