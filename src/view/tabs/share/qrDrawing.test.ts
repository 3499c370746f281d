import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { sceneToHash } from '../../../scene/codec/link';
import { defaultScene } from '../../../scene/defaultScene';
import { eightPeople } from '../../../scene/presets';
import { drawQr, QUIET_ZONE, tooDenseForARoom } from './qrDrawing';

/** The dark cells a path of "Mx yhNv1h-Nz" runs covers, as "row,column" keys. */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let k = 0; k < Number(run); k++)
      cells.add(`${Number(y) - QUIET_ZONE},${Number(x) - QUIET_ZONE + k}`);
  }
  return cells;
}

describe('the QR code of a link', () => {
  it('draws exactly the dark modules of the code, inside a quiet zone', () => {
    const link = 'https://example.org/#m=1&p=A1,alice,0.8,0.2&p=B1,bob,0.1,0.9&pairs=all';
    const drawn = drawQr(create, link);
    if (!drawn.ok) throw new Error(drawn.problems.join());
    const { modules } = create(link, { errorCorrectionLevel: 'L' });
    expect(drawn.value.width).toBe(modules.size + 2 * QUIET_ZONE);
    const expected = new Set<string>();
    for (let r = 0; r < modules.size; r++)
      for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) expected.add(`${r},${c}`);
    expect(cellsOf(drawn.value.path)).toEqual(expected);
  });

  it('changes when the link changes', () => {
    const a = drawQr(create, 'https://example.org/#m=1');
    const b = drawQr(create, 'https://example.org/#m=2');
    expect(a.ok && b.ok && a.value.path !== b.value.path).toBe(true);
  });

  it('says in words when a link is too long for any QR code', () => {
    const drawn = drawQr(create, `https://example.org/#${'p=A1,alice,0.8,0.2&'.repeat(200)}`);
    expect(drawn).toEqual({
      ok: false,
      problems: [expect.stringContaining('3,821 characters long, more than a QR code can hold')],
    });
  });

  it('tells a code a room can scan (the example) from one only a phone up close can (40 points)', () => {
    const codeOf = (hash: string) => {
      const drawn = drawQr(create, `https://teacher.example.org/contrastive/#${hash}`);
      if (!drawn.ok) throw new Error(drawn.problems.join());
      return drawn.value;
    };
    expect(tooDenseForARoom(codeOf(sceneToHash(defaultScene)))).toBe(false);
    expect(tooDenseForARoom(codeOf(sceneToHash(eightPeople())))).toBe(true);
  });
});
