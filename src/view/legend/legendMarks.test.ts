import { describe, expect, it } from 'vitest';
import { legendMarks, marksInWords } from './legendMarks';

const ALL = { circles: true, lines: true };
const base = { knob: 1, shown: ALL, crowded: false };
const swatches = (settings: Parameters<typeof legendMarks>[0]) =>
  legendMarks(settings).map((mark) => mark.swatch);

describe('what the legend says the marks mean', () => {
  it('under the contrastive loss: the three kinds of line, the margin circle and the arrow', () => {
    expect(swatches({ ...base, loss: 'contrastive' })).toEqual([
      'similar',
      'dissimilar',
      'resting',
      'circle',
      'arrow',
    ]);
    expect(marksInWords({ ...base, loss: 'contrastive' })).toContain(
      'radius m = 1.00 around each point',
    );
    expect(marksInWords({ ...base, loss: 'contrastive', crowded: true })).toContain(
      'around the point you grab',
    );
  });

  it('leaves out the marks the reader turned off', () => {
    expect(
      swatches({ ...base, loss: 'contrastive', shown: { circles: false, lines: true } }),
    ).not.toContain('circle');
    expect(
      swatches({ ...base, loss: 'contrastive', shown: { circles: true, lines: false } }),
    ).toEqual(['circle', 'arrow']);
  });

  it('under the triplet loss: anchor, positive and negative, the ring, faint pairs; no margin circle', () => {
    const marks = swatches({ ...base, loss: 'triplet' });
    expect(marks).toEqual([
      'triplet-positive',
      'triplet-negative',
      'triplet-ring',
      'context',
      'arrow',
    ]);
    expect(marksInWords({ ...base, loss: 'triplet' })).toMatch(/Dashed ring: D\(a,p\) \+ m/);
    expect(marksInWords({ ...base, loss: 'triplet' })).not.toMatch(/[Mm]argin circle/);
  });

  it('under InfoNCE: rays, the anchor, the arcs and τ; no margin circle', () => {
    expect(swatches({ ...base, loss: 'infonce' })).toEqual([
      'ray',
      'anchor',
      'arc-positive',
      'arc-negative',
      'context',
      'arrow',
    ]);
    const words = marksInWords({ ...base, loss: 'infonce', knob: 0.5 });
    expect(words).toMatch(/^Rays from the origin/);
    expect(words).toContain('τ = 0.50');
    expect(words).not.toMatch(/[Mm]argin circle/);
  });
});
