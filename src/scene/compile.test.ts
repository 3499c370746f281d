import { describe, expect, it } from 'vitest';
import { compileScene } from './compile';
import { paletteColour } from './palette';

describe('compiling a scene', () => {
  it('gives identities named like built-in object keys the palette’s colours', () => {
    const compiled = compileScene({
      margin: 1,
      points: [
        { label: 'A1', identity: 'constructor', x: 0, y: 0 },
        { label: 'B1', identity: 'toString', x: 1, y: 0 },
      ],
      pairs: 'all',
      colours: { toString: '#123456' },
    });
    expect(compiled.identityColours).toEqual([paletteColour(0), '#123456']);
  });
});
