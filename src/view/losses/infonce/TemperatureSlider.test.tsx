// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { renderWithStore } from '../../../testing/renderExplorer';
import { TemperatureSlider } from './TemperatureSlider';

afterEach(cleanup);

const infonce = (tau?: number) => ({ ...defaultScene, loss: 'infonce' as const, tau });

describe('the temperature slider', () => {
  it('is a slider named Temperature on log10 τ that sets τ', () => {
    const { store } = renderWithStore(<TemperatureSlider />, infonce());
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Temperature' });
    expect([slider.min, slider.max, slider.step]).toEqual(['-2', '1', '0.01']);
    expect(Number(slider.value)).toBeCloseTo(-1, 12);
    expect(screen.getByTestId('tau-value').textContent).toBe('τ = 0.10');
    expect(slider.getAttribute('aria-valuetext')).toBe('τ = 0.10');
    fireEvent.change(slider, { target: { value: '-0.29' } });
    expect(store.getState().scene.tau).toBe(0.513);
    expect(screen.getByTestId('tau-value').textContent).toBe('τ = 0.513');
    fireEvent.change(slider, { target: { value: '1' } });
    expect(store.getState().scene.tau).toBe(10);
  });

  it('says so in words when a link sets τ beyond either end', () => {
    renderWithStore(<TemperatureSlider />, infonce(0.001));
    expect(screen.getByText(/temperature, 0.001, lies below the slider's range/)).toBeTruthy();
    expect(screen.getByTestId('tau-value').textContent).toBe('τ = 0.001');
    cleanup();
    renderWithStore(<TemperatureSlider />, infonce(50));
    expect(screen.getByText(/temperature, 50, lies beyond the slider's range/)).toBeTruthy();
    cleanup();
    renderWithStore(<TemperatureSlider />, infonce(0.5));
    expect(screen.queryByText(/slider's range/)).toBeNull();
  });
});
