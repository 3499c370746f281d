// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScene } from '../../scene/defaultScene';
import { renderWithStore } from '../../testing/renderExplorer';
import { MarginSlider } from './MarginSlider';

afterEach(cleanup);

describe('the margin slider', () => {
  it('is a slider named Margin from 0 to 3 in steps of 0.01 that sets m', () => {
    const { store } = renderWithStore(<MarginSlider />);
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Margin' });
    expect([slider.min, slider.max, slider.step, slider.value]).toEqual(['0', '3', '0.01', '1']);
    fireEvent.change(slider, { target: { value: '1.5' } });
    expect(store.getState().scene.margin).toBe(1.5);
    expect(screen.getByTestId('margin-value').textContent).toBe('m = 1.50');
  });

  it('says so when a link sets a margin beyond its range', () => {
    renderWithStore(<MarginSlider />, { ...defaultScene, margin: 7 });
    expect(screen.getByText(/margin, 7, lies beyond the slider's range/)).toBeTruthy();
    expect(screen.getByTestId('margin-value').textContent).toBe('m = 7.00');
  });
});
