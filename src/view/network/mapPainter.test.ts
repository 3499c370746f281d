import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_NETWORK_SETTINGS } from '../../engine';
import { createMapPainter } from './mapPainter';

const images = {
  count: 2,
  size: 64,
  pixels: new Float64Array(128),
  digits: new Uint8Array([3, 5]),
};
const state = {
  width: 200,
  height: 150,
  ratio: 1,
  digits: DEFAULT_NETWORK_SETTINGS.digits,
  picked: [],
  hovered: -1,
  halo: '#fff',
  ink: '#000',
};

describe('the worker’s map painter', () => {
  it('says once that it cannot draw when the browser refuses a 2-D context, then stays quiet', () => {
    const failed = vi.fn();
    const getContext = vi.fn(() => {
      throw new DOMException(
        'Cannot update created context to different thread',
        'InvalidStateError',
      );
    });
    // A handed-over canvas that refuses a context, as Firefox 153's does in a worker.
    const canvas = Object.assign(Object.create(null) as OffscreenCanvas, { getContext });
    const painter = createMapPainter(failed);
    painter.heard({ kind: 'start', images, settings: DEFAULT_NETWORK_SETTINGS });
    painter.sent({
      kind: 'run',
      run: 1,
      heldOut: new Uint8Array(2),
      pca: new Float64Array(4),
      pcaAccuracy: 0.5,
    });
    painter.sent({
      kind: 'progress',
      run: 1,
      steps: 0,
      playing: false,
      losses: [],
      accuracy: [],
      map: new Float64Array([0, 0, 1, 1]),
      divergedAt: null,
    });
    painter.heard({ kind: 'paint', state, canvas });
    expect(failed).toHaveBeenCalledTimes(1);
    painter.heard({ kind: 'paint', state: { ...state, hovered: 1 } });
    expect(failed).toHaveBeenCalledTimes(1);
    expect(getContext).toHaveBeenCalledTimes(1);
  });
});
