import { describe, expect, it } from 'vitest';
import { defaultScene } from '../../scene/defaultScene';
import { createEvaluator } from '../../scene/evaluation';
import type { Scene } from '../../scene/model';
import { describePlane, LISTED } from './describePlane';

/** The plane with all its optional marks drawn, as a page opened without `hide=` shows it. */
const EVERY_MARK = { circles: true, lines: true, labels: true };

const evaluate = createEvaluator();

describe('describePlane', () => {
  it('describes the example: people, neighbours and the working pairs', () => {
    const text = describePlane(evaluate(defaultScene), EVERY_MARK);
    expect(text.overview).toBe(
      '4 points of 2 people, 4 pairs, margin 1.00, total loss 0.03 (Contrastive).',
    );
    expect(text.people).toEqual(['alice: 2 photos, A1, A2', 'bob: 2 photos, B1, B2']);
    expect(text.neighbours[0]).toBe('A1 (alice) at (0.80, 0.20): nearest is A2 (alice), 0.07 away');
    expect(text.neighbourSummary).toBe(
      '4 of 4 points have a photo of the same person as their nearest neighbour.',
    );
    expect(text.pushing).toBe(
      '2 pairs of different people inside the margin, pushed apart: A1–B1 at D 0.99, loss 0.00; A2–B2 at D 0.85, loss 0.02.',
    );
    expect(text.pulling).toMatch(/^2 pairs of the same person, pulled together: A1–A2 at D 0\.07/);
  });

  it('says what the marks mean under the loss in use, and what its own marks show', () => {
    const contrastive = describePlane(evaluate(defaultScene), EVERY_MARK);
    expect(contrastive.marks).toMatch(/^On the plane: Solid line: same person/);
    expect(contrastive.marks).toContain('Margin circle');
    const hidden = describePlane(evaluate(defaultScene), {
      circles: false,
      lines: true,
      labels: true,
    });
    expect(hidden.marks).not.toContain('Margin circle');

    const triplet = describePlane(evaluate({ ...defaultScene, loss: 'triplet' }), EVERY_MARK);
    expect(triplet.marks).toContain('Dashed ring: D(a,p) + m');
    expect(triplet.marks).not.toMatch(/[Mm]argin circle/);
    expect(triplet.pushing).toBe(
      'The hardest triplet, shown on the plane until you choose a point: anchor A2, positive A1 at D 0.07, negative B2 at D 0.85; the ring D(a,p) + m has radius 1.07, so this triplet costs 0.22.',
    );

    const infonce = describePlane(evaluate({ ...defaultScene, loss: 'infonce' }), EVERY_MARK);
    expect(infonce.marks).toContain('Ringed point: the anchor');
    expect(infonce.pushing).toMatch(
      /^The anchor shown on the plane until you choose a point is A1; photos of the same person: A2 at cos 0\.99\d*; nearest photo of someone else: B2 at cos 0\.\d+\. Temperature τ = 0\.1\.$/,
    );
  });

  it('summarises a large scene instead of listing it', () => {
    const points = Array.from({ length: 400 }, (_, i) => ({
      label: `P${i}`,
      identity: i % 2 ? 'bob' : 'alice',
      x: (i % 20) / 100,
      y: Math.floor(i / 20) / 100,
    }));
    const scene: Scene = { ...defaultScene, points, pairs: 'all' };
    const text = describePlane(evaluate(scene), EVERY_MARK);
    expect(text.neighbours).toHaveLength(LISTED.points);
    expect(text.overview).toMatch(/^400 points of 2 people, 79,800 pairs/);
    expect(text.pushing).toMatch(/^40,000 pairs of different people inside the margin/);
    expect(text.pushing).toMatch(/and 39,988 more\.$/);
    expect(text.pushing.split('; ')).toHaveLength(LISTED.pairs + 1);
  });

  it('says plainly when there is one point and no pairs', () => {
    const scene: Scene = { ...defaultScene, points: [defaultScene.points[0]!], pairs: 'all' };
    const text = describePlane(evaluate(scene), EVERY_MARK);
    expect(text.neighbourSummary).toBe('With one point there are no neighbours.');
    expect(text.pushing).toMatch(/nothing is pushed apart/);
    expect(text.pulling).toMatch(/nothing is pulled together/);
  });
});
