// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_NETWORK_SETTINGS } from '../../engine';
import { stubIntersectionObserver } from '../../testing/intersection';
import { recordScrolls } from '../../testing/scrollRecorder';
import { renderWithStore } from '../../testing/renderExplorer';
import { ExerciseCard } from '../exercises/ExerciseCard';
import { NETWORK_EXERCISE } from '../exercises/networkExercise';
import { FromPointsToNetwork } from './FromPointsToNetwork';

const scrolledTo = recordScrolls();

beforeEach(() => {
  // The reader has not come near the figure: it must not be made.
  stubIntersectionObserver();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the section from points to a network', () => {
  it('tells its story, credits the digits and holds the figure’s place', () => {
    renderWithStore(<FromPointsToNetwork />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'From points to a network' }),
    ).toBeTruthy();
    expect(screen.getByText(/Dimensionality Reduction by Learning an/)).toBeTruthy();
    expect(
      screen.getByText(
        'Handwritten digits: Alpaydin & Kaynak, UCI Machine Learning Repository, CC BY 4.0.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Loading the network and its digits…')).toBeTruthy();
  });

  it('lets exercise 6 set the network to similar pairs only and take the reader to the figure', () => {
    const { store } = renderWithStore(
      <>
        <FromPointsToNetwork />
        <ExerciseCard exercise={NETWORK_EXERCISE} prompt={null} working={null} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Set the figure to similar pairs only' }));
    expect(store.getState().network).toEqual({ ...DEFAULT_NETWORK_SETTINGS, similarShare: 1 });
    const figure = document.getElementById('digits-figure');
    expect(scrolledTo).toEqual([figure]);
    expect(document.activeElement).toBe(figure);
  });
});
