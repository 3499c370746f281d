/** Draws one map of the digits on a canvas: every image, pictures of a few, the picked pair. */
import type { DigitImages } from '../../engine';
import type { PaintState } from '../../scene/network/protocol';
import { digitColour, type DigitSprites } from './digitMarks';
import { digitPicture } from './digitPicture';
import type { MapScale } from './mapGeometry';

/** A canvas's 2-D context on the page, or an OffscreenCanvas's in the network's worker. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What a map is drawn from: the page's state of it (as the worker is told), and the data. */
export interface MapDrawing extends Pick<
  PaintState,
  'width' | 'height' | 'picked' | 'hovered' | 'ink' | 'margin'
> {
  readonly images: DigitImages;
  readonly map: Float64Array;
  readonly heldOut: Uint8Array;
  readonly shown: (image: number) => boolean;
  readonly scale: MapScale;
  readonly sprites: DigitSprites;
  /** Images whose picture is drawn beside them. */
  readonly pictured: readonly number[];
}

/** A training image's square, CSS px. */
const DOT = 4;

/** A picture's side on the map, CSS px (8 × 8 pixels, 3 px each). */
const PICTURE = 24;

function stamp(context: Context2D, sprite: OffscreenCanvas, x: number, y: number, ratio: number) {
  const side = sprite.width / ratio;
  context.drawImage(sprite, x - side / 2, y - side / 2, side, side);
}

export function drawDigitMap(context: Context2D, drawing: MapDrawing): void {
  const { images, map, heldOut, shown, scale, sprites, width, height, ink } = drawing;
  context.clearRect(0, 0, width, height);
  const at = (i: number) => [scale.x(map[2 * i]!), scale.y(map[2 * i + 1]!)] as const;
  // Training images as small squares, one path a digit (a numeral each would cost a drawImage
  // apiece, the most of a frame without a GPU); held-out ones on top as ringed numerals: they are
  // the ones the map is tested on.
  for (let digit = 0; digit < 10; digit++) {
    context.beginPath();
    for (let i = 0; i < images.count; i++) {
      if (heldOut[i] === 1 || images.digits[i] !== digit || !shown(i)) continue;
      const [x, y] = at(i);
      context.rect(x - DOT / 2, y - DOT / 2, DOT, DOT);
    }
    context.fillStyle = digitColour(digit);
    context.fill();
  }
  for (let i = 0; i < images.count; i++) {
    if (heldOut[i] !== 1 || !shown(i)) continue;
    const [x, y] = at(i);
    stamp(context, sprites.sprites[images.digits[i]!]!, x, y, sprites.ratio);
  }
  context.imageSmoothingEnabled = false;
  for (const i of drawing.pictured) {
    const [x, y] = at(i);
    const left = Math.min(x + 8, width - PICTURE - 1);
    const top = Math.max(y - 8 - PICTURE, 1);
    context.drawImage(digitPicture(images, i), left, top, PICTURE, PICTURE);
    context.lineWidth = 1.5;
    context.strokeStyle = digitColour(images.digits[i]!);
    context.strokeRect(left, top, PICTURE, PICTURE);
  }
  const [first, second] = drawing.picked;
  if (first !== undefined && second !== undefined) {
    context.beginPath();
    context.moveTo(...at(first));
    context.lineTo(...at(second));
    context.strokeStyle = ink;
    context.lineWidth = 2;
    context.setLineDash([5, 4]);
    context.stroke();
    context.setLineDash([]);
  }
  for (const i of [...drawing.picked, drawing.hovered]) {
    if (i < 0) continue;
    const [x, y] = at(i);
    context.beginPath();
    context.arc(x, y, 11, 0, 2 * Math.PI);
    context.strokeStyle = ink;
    context.lineWidth = 2.5;
    context.stroke();
  }
  if (drawing.margin !== undefined)
    drawMarginBar(context, drawing.margin, scale, { width, height }, ink);
}

/**
 * The margin m to the map's scale, in its lower left corner: how far apart the loss wants
 * different digits. A margin wider than the bar's room is cut short, and one wider than the whole
 * map (a collapsed map) says how many times.
 */
function drawMarginBar(
  context: Context2D,
  margin: number,
  scale: MapScale,
  size: { readonly width: number; readonly height: number },
  ink: string,
) {
  const room = Math.min(160, size.width - 20);
  const length = Math.min(margin * scale.unit, room);
  const [x, y] = [10, size.height - 10];
  context.strokeStyle = ink;
  context.fillStyle = ink;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(x, y - 4);
  context.lineTo(x, y);
  context.lineTo(x + length, y);
  context.lineTo(x + length, y - 4);
  context.stroke();
  context.font = '12px system-ui, sans-serif';
  context.textAlign = 'left';
  context.textBaseline = 'bottom';
  const across = size.width / scale.unit;
  const label =
    margin > across
      ? `m = ${String(margin)}: ${Math.round(margin / across).toLocaleString('en-US')} times the map's width`
      : margin * scale.unit > room
        ? `m = ${String(margin)} (bar cut short)`
        : `m = ${String(margin)}`;
  context.fillText(label, x, y - 6);
}
