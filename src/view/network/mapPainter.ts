/**
 * Draws the network's map in the worker, on the OffscreenCanvas the page handed over: after every
 * batch of steps, and whenever the page says the size, the digits shown, the picks or the hovered
 * image changed. It learns the images, the split and the map from the messages passing through.
 */
import type { DigitImages } from '../../engine';
import type { FromNetwork, PaintState, ToNetwork } from '../../scene/network/protocol';
import { digitSprites, type DigitSprites } from './digitMarks';
import { drawDigitMap } from './drawDigitMap';
import { fitMap, typicalImages } from './mapGeometry';

export interface MapPainter {
  /** A message from the page, on its way to the run. */
  heard(message: ToNetwork): void;
  /** A message from the run, before it goes to the page (and its buffers with it). */
  sent(message: FromNetwork): void;
}

/** `failed` is told once if this browser will not let the worker draw on the canvas. */
export function createMapPainter(failed: () => void): MapPainter {
  let canvas: OffscreenCanvas | null = null;
  let state: PaintState | null = null;
  let images: DigitImages | null = null;
  let heldOut: Uint8Array | null = null;
  let map: Float64Array | null = null;
  let sprites: DigitSprites | null = null;
  let typical: { key: string; images: number[] } = { key: '', images: [] };

  // Some browsers hand a canvas over but refuse a 2-D context on it in a worker (Firefox 153
  // throws InvalidStateError): the painter then stops, and the page draws the map itself.
  const draw = () => {
    try {
      paint();
    } catch {
      canvas = null;
      failed();
    }
  };

  const paint = () => {
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !state || !images || !heldOut || !map) return;
    const { width, height, ratio, halo, ink } = state;
    const [pixelWidth, pixelHeight] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    if (sprites?.ratio !== ratio || sprites.halo !== halo) sprites = digitSprites(ratio, halo);
    const chosen = new Set(state.digits);
    const known = images;
    const shown = (image: number) => chosen.has(known.digits[image]!);
    const key = state.digits.join();
    if (typical.key !== key) typical = { key, images: typicalImages(known, heldOut, shown) };
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawDigitMap(context, {
      images,
      map,
      heldOut,
      shown,
      scale: fitMap(map, shown, width, height),
      sprites,
      pictured: typical.images,
      picked: state.picked,
      hovered: state.hovered,
      margin: state.margin,
      width,
      height,
      ink,
    });
  };

  return {
    heard(message) {
      if (message.kind === 'start') images = message.images;
      if (message.kind !== 'paint') return;
      canvas = message.canvas ?? canvas;
      state = message.state;
      draw();
    },
    sent(message) {
      if (message.kind === 'run') {
        heldOut = message.heldOut.slice();
        typical = { key: '', images: [] };
        return;
      }
      if (message.kind !== 'progress') return;
      map = message.map.slice();
      draw();
    },
  };
}
