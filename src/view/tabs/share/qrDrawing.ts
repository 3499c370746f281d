/**
 * A QR code as one SVG path, drawn from the `qrcode` library's module matrix, so React renders it
 * as an element and no markup string ever reaches the page.
 */
import type { create } from 'qrcode';
import type { Checked } from '../../../scene/model';

/** The white border a scanner needs around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules across, quiet zone included: the path's viewBox is 0 0 width width. */
  readonly width: number;
  /** The dark modules, one rectangle per run of dark modules along a row. */
  readonly path: string;
}

/**
 * The most modules across (quiet zone left out) that a phone still reads from the back of a
 * classroom when the large code fills a projected screen: QR version 10, about 270 characters of a
 * link at the lowest error correction, a scene of a dozen points or so.
 */
export const ROOM_READABLE_MODULES = 57;

/** Whether the code is too fine to scan across a room, though fine up close. */
export const tooDenseForARoom = (drawing: QrDrawing): boolean =>
  drawing.width - 2 * QUIET_ZONE > ROOM_READABLE_MODULES;

/**
 * Encodes `text` with the lowest error correction, which holds the most: about 2,900 characters
 * of a link. Longer links (a few hundred points) cannot be a QR code at all, and the problem says so.
 */
export function drawQr(createQr: typeof create, text: string): Checked<QrDrawing> {
  let modules;
  try {
    modules = createQr(text, { errorCorrectionLevel: 'L' }).modules;
  } catch {
    return {
      ok: false,
      problems: [
        `This link is ${text.length.toLocaleString('en')} characters long, more than a QR code can hold (about 2,900). Share it with "Copy link", or export the scene as a file.`,
      ],
    };
  }
  const { size } = modules;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && modules.get(row, column)) column++;
      runs.push(
        `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`,
      );
    }
  }
  return { ok: true, value: { width: size + 2 * QUIET_ZONE, path: runs.join('') } };
}
