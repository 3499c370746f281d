// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE, readCanvasPalette } from './canvasPalette';

describe('the canvases’ colours', () => {
  it('follow the theme’s custom properties', () => {
    const root = document.createElement('div');
    root.style.setProperty('--ink', '#ececf0');
    root.style.setProperty('--card', '#1c1d21');
    root.style.setProperty('--halo', '#1c1d21');
    document.body.append(root);
    const palette = readCanvasPalette(root);
    expect(palette.ink).toBe('#ececf0');
    expect(palette.card).toBe('#1c1d21');
    expect(palette.halo).toBe('#1c1d21');
    root.remove();
  });

  it('fall back to the light theme where a property is not set', () => {
    const root = document.createElement('div');
    document.body.append(root);
    expect(readCanvasPalette(root)).toEqual(LIGHT_PALETTE);
    root.remove();
  });
});
