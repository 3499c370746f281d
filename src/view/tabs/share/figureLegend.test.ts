import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../../scene/defaultScene';
import { createEvaluator } from '../../../scene/evaluation';
import {
  CREDIT_ROW,
  layoutLegend,
  LEGEND_ROW,
  legendOf,
  wrapParts,
  wrapText,
} from './figureLegend';

/** The plane with all its optional marks drawn, as a page opened without `hide=` shows it. */
const EVERY_MARK = { circles: true, lines: true, labels: true };

describe('the legend of an exported picture', () => {
  it('names each identity with its colour and gives the margin and total loss', () => {
    const legend = legendOf(createEvaluator()(defaultScene), EVERY_MARK);
    expect(legend.identities.map((i) => i.name)).toEqual(['alice', 'bob']);
    expect(legend.identities.every((i) => /^#[0-9a-f]{6}$/i.test(i.colour) && i.shape)).toBe(true);
    expect(legend.more).toBe(0);
    expect(legend.lines[0]).toBe(
      'Contrastive loss · Margin m = 1 · Total loss L = 0.0330 · 4 points, 4 pairs',
    );
  });

  it('says which loss the picture shows, with its knob and its own marks', () => {
    const legend = legendOf(
      createEvaluator()({ ...defaultScene, loss: 'infonce', tau: 0.5 }),
      EVERY_MARK,
    );
    expect(legend.lines[0]).toMatch(/^InfoNCE loss · Temperature τ = 0\.5 · Total loss L = /);
    expect(legend.lines[1]).toMatch(/^Rays from the origin/);
    const triplet = legendOf(createEvaluator()({ ...defaultScene, loss: 'triplet' }), EVERY_MARK);
    expect(triplet.lines[0]).toMatch(/^Triplet loss · Margin m = 1 · /);
    expect(triplet.lines[1]).toMatch(/Dashed ring: D\(a,p\) \+ m/);
  });

  it('explains only the marks the picture holds', () => {
    const evaluation = createEvaluator()(defaultScene);
    const all = { circles: true, lines: true, labels: true };
    expect(legendOf(evaluation, all).lines[1]).toMatch(/Margin circle: radius m = 1\.00/);
    const bare = legendOf(evaluation, { circles: false, lines: false, labels: true }).lines[1]!;
    expect(bare).not.toMatch(/Margin circle|Solid line|Dashed line/);
    expect(bare).toMatch(/^Arrow: /);
    const triplet = legendOf(createEvaluator()({ ...defaultScene, loss: 'triplet' }), all);
    expect(triplet.lines[1]).not.toMatch(/Margin circle/);
  });

  it('lays identities in as many columns as fit, and counts the ones left out', () => {
    const legend = {
      identities: Array.from({ length: 24 }, (_, k) => ({
        name: `p${k}`,
        colour: '#000000',
        shape: '',
      })),
      more: 16,
      lines: ['one', 'two'],
      // Short enough for one line at either width: this test is about the identities.
      credit: 'CC BY 4.0',
    };
    const wide = layoutLegend(legend, 620);
    expect(new Set(wide.identities.map((i) => i.x)).size).toBe(3);
    expect(new Set(wide.identities.map((i) => i.y)).size).toBe(8);
    expect(wide.lines.map((l) => l.text)).toEqual(['and 16 more identities', 'one', 'two']);
    const narrow = layoutLegend(legend, 200);
    expect(new Set(narrow.identities.map((i) => i.x)).size).toBe(1);
    expect(narrow.height - wide.height).toBe(16 * LEGEND_ROW);
    const last = narrow.lines.at(-1)!.y;
    expect(last).toBeLessThan(narrow.height);
  });
});

describe('the credit at the foot of an exported picture', () => {
  const ADDRESS = 'https://example.org/courses/ml/contrastive/';

  it('names the page and its licence, and the page’s address when there is one', () => {
    const evaluation = createEvaluator()(defaultScene);
    expect(legendOf(evaluation, EVERY_MARK).credit).toBe('Contrastive loss, hands on · CC BY 4.0');
    expect(legendOf(evaluation, EVERY_MARK, ADDRESS).credit).toBe(
      `Contrastive loss, hands on · CC BY 4.0 · ${ADDRESS}`,
    );
  });

  it('sits under every other line, and the picture grows to hold it', () => {
    const legend = legendOf(createEvaluator()(defaultScene), EVERY_MARK, ADDRESS);
    const wide = layoutLegend(legend, 900);
    expect(wide.credit.map((line) => line.text)).toEqual([legend.credit]);
    const lowest = Math.max(...wide.lines.map((line) => line.y));
    expect(wide.credit[0]!.y).toBeGreaterThan(lowest);
    expect(wide.credit[0]!.y).toBeLessThan(wide.height);
    const without = layoutLegend({ ...legend, credit: '' }, 900);
    expect(without.lines).toEqual(wide.lines);
    // On a narrow picture the address takes a line of its own, never cut.
    const narrow = layoutLegend(legend, 320);
    expect(narrow.credit.map((line) => line.text)).toEqual([
      'Contrastive loss, hands on · CC BY 4.0',
      ADDRESS,
    ]);
    expect(narrow.credit[1]!.y - narrow.credit[0]!.y).toBe(CREDIT_ROW);
    expect(narrow.credit[1]!.y).toBeLessThan(narrow.height);
  });
});

describe('wrapping the legend text', () => {
  it('breaks at spaces so no line is longer than asked, and loses no word', () => {
    const text =
      'Solid line: same identity, pulled together. Dashed: different identities closer than m.';
    const lines = wrapText(text, 30);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(wrapText('short', 30)).toEqual(['short']);
  });

  it('wraps long lines to the width of the picture', () => {
    const legend = { identities: [], more: 0, lines: ['word '.repeat(20).trim()], credit: '' };
    expect(layoutLegend(legend, 1200).lines).toHaveLength(1);
    expect(layoutLegend(legend, 400).lines).toHaveLength(2);
  });
});

describe('wrapping the legend’s first line', () => {
  it('breaks between its parts, so the total stays whole', () => {
    const line = 'Contrastive loss · Margin m = 1 · Total loss L = 0.0330 · 4 points, 4 pairs';
    expect(wrapParts(line, 43)).toEqual([
      'Contrastive loss · Margin m = 1',
      'Total loss L = 0.0330 · 4 points, 4 pairs',
    ]);
    expect(wrapParts(line, 200)).toEqual([line]);
    // A part longer than a line is broken at spaces, and no word is lost.
    const long = wrapParts('one two three four five six · seven', 10);
    expect(long.every((piece) => piece.length <= 10)).toBe(true);
    expect(long.join(' ').replace(' · ', ' ')).toBe('one two three four five six seven');
  });
});
