/**
 * How a digit is drawn on the maps: in its own colour (the identity palette, then two more), and a
 * held-out image as its numeral, bold on a ring, so colour is never the only cue. The numerals
 * are drawn once into sprites (OffscreenCanvas, for the page or the worker) and stamped.
 */
import { PALETTE } from '../../scene/palette';

const DIGIT_COLOURS: readonly string[] = [...PALETTE, '#8C564B', '#6B7280'];

export const digitColour = (digit: number): string => DIGIT_COLOURS[digit % DIGIT_COLOURS.length]!;

/** A numeral's ring, CSS px. */
const SIZE = 16;

export interface DigitSprites {
  /** One a digit. */
  readonly sprites: readonly OffscreenCanvas[];
  readonly ratio: number;
  /** The rings' fill: the card's colour. */
  readonly halo: string;
}

function sprite(digit: number, ratio: number, halo: string): OffscreenCanvas {
  const side = Math.ceil(SIZE * ratio);
  const canvas = new OffscreenCanvas(side, side);
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.scale(ratio, ratio);
  const colour = digitColour(digit);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.beginPath();
  context.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 1, 0, 2 * Math.PI);
  context.fillStyle = halo;
  context.fill();
  context.lineWidth = 1.5;
  context.strokeStyle = colour;
  context.stroke();
  context.font = `700 ${SIZE - 5}px system-ui, sans-serif`;
  context.fillStyle = colour;
  context.fillText(String(digit), SIZE / 2, SIZE / 2 + 0.5);
  return canvas;
}

export function digitSprites(ratio: number, halo: string): DigitSprites {
  return {
    ratio,
    halo,
    sprites: Array.from({ length: 10 }, (_, digit) => sprite(digit, ratio, halo)),
  };
}
