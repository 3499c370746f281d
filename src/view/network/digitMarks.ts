/**
 * How a digit is drawn on the maps: its numeral, in its own colour (the identity palette, then two
 * more), so colour is never the only cue. A held-out image's numeral is bold on a ring; a training
 * image's is lighter and smaller. Numerals are drawn once into sprites and stamped, which keeps
 * 1,797 of them well inside a frame.
 */
import { PALETTE } from '../../scene/palette';

export const DIGIT_COLOURS: readonly string[] = [...PALETTE, '#8C564B', '#6B7280'];

export const digitColour = (digit: number): string => DIGIT_COLOURS[digit % DIGIT_COLOURS.length]!;

/** Sprite sizes, CSS px. */
const TRAIN_SIZE = 11;
const HELD_OUT_SIZE = 16;

export interface DigitSprites {
  /** [digit][0: training, 1: held out] */
  readonly sprites: readonly (readonly [HTMLCanvasElement, HTMLCanvasElement])[];
  readonly ratio: number;
}

function sprite(digit: number, heldOut: boolean, ratio: number, halo: string): HTMLCanvasElement {
  const size = heldOut ? HELD_OUT_SIZE : TRAIN_SIZE;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(size * ratio);
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.scale(ratio, ratio);
  const colour = digitColour(digit);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  if (heldOut) {
    context.beginPath();
    context.arc(size / 2, size / 2, size / 2 - 1, 0, 2 * Math.PI);
    context.fillStyle = halo;
    context.fill();
    context.lineWidth = 1.5;
    context.strokeStyle = colour;
    context.stroke();
    context.font = `700 ${size - 5}px system-ui, sans-serif`;
  } else {
    context.globalAlpha = 0.75;
    context.font = `600 ${size}px system-ui, sans-serif`;
  }
  context.fillStyle = colour;
  context.fillText(String(digit), size / 2, size / 2 + 0.5);
  return canvas;
}

export function digitSprites(ratio: number, halo: string): DigitSprites {
  return {
    ratio,
    sprites: Array.from({ length: 10 }, (_, digit) => [
      sprite(digit, false, ratio, halo),
      sprite(digit, true, ratio, halo),
    ]),
  };
}
