import { describe, expect, it, vi } from 'vitest';
import { createEvaluator } from '../../../scene/evaluation';
import { defaultScene } from '../../../scene/defaultScene';
import type { Scene } from '../../../scene/model';
import { createBackgroundScores, spawnWorker, type Spawn } from './backgroundScores';
import { referenceInfoNce, referenceTriplet } from '../../../testing/sceneReferences';
import type { ScoreMessage, Scores } from './scoreLosses';
import { fromBackground } from './useLossComparison';

/** A scorer that records what it is sent and answers only when the test says so. */
function fakeScorer() {
  const sent: ScoreMessage[] = [];
  const hooks: { answer?: (scores: Scores) => void; fail?: () => void } = {};
  const spawn: Spawn = (answer, fail) => {
    Object.assign(hooks, { answer, fail });
    return (message) => sent.push(message);
  };
  const scores = (total: number): Scores => ({ totals: { triplet: total }, census: {} });
  return { spawn, sent, answer: (total: number) => hooks.answer!(scores(total)), hooks };
}

const moved = (scene: Scene, x: number): Scene => ({
  ...scene,
  points: scene.points.map((p, i) => (i === 0 ? { ...p, x } : p)),
});

describe('the background queue', () => {
  it('sends the shape once, then only positions, and skips the frames in between', () => {
    const scorer = fakeScorer();
    const queue = createBackgroundScores(scorer.spawn);
    const listener = vi.fn();
    queue.subscribe(listener);
    const evaluate = createEvaluator();
    const first = evaluate(defaultScene);
    queue.request(first);
    queue.request(first);
    expect(scorer.sent).toHaveLength(1);
    expect(scorer.sent[0]!.identityOf).toBe(first.identityOf);
    expect(scorer.sent[0]!.ids).toEqual(['triplet', 'infonce']);
    expect(queue.latest()).toBeNull();

    queue.request(evaluate(moved(defaultScene, 0.5)));
    const last = evaluate(moved(defaultScene, 0.6));
    queue.request(last);
    evaluate(moved(defaultScene, 0.7));
    expect(scorer.sent).toHaveLength(1);

    scorer.answer(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(queue.latest()).toMatchObject({ evaluation: first, scores: { totals: { triplet: 1 } } });
    expect(scorer.sent).toHaveLength(2);
    const second = scorer.sent[1]!;
    expect(second.identityOf).toBeUndefined();
    expect(second.shape).toBe(scorer.sent[0]!.shape);
    // The positions as they were when asked, not where the scene has gone since.
    expect(second.xs[0]).toBe(0.6);

    scorer.answer(2);
    expect(queue.latest()!.evaluation).toBe(last);
    expect(scorer.sent).toHaveLength(2);
  });

  it('sends a new shape when the scene changes shape, and asks for the inactive losses', () => {
    const scorer = fakeScorer();
    const queue = createBackgroundScores(scorer.spawn);
    queue.request(createEvaluator()(defaultScene));
    scorer.answer(1);
    const other = createEvaluator()({ ...defaultScene, pairs: 'all', loss: 'triplet' });
    queue.request(other);
    expect(scorer.sent[1]!.identityOf).toBe(other.identityOf);
    expect(scorer.sent[1]!.pairs).toBe('all');
    expect(scorer.sent[1]!.shape).not.toBe(scorer.sent[0]!.shape);
    expect(scorer.sent[1]!.ids).toEqual(['contrastive', 'infonce']);
  });

  it('scores on the page when the scorer fails, and still gets it right', async () => {
    const scorer = fakeScorer();
    const queue = createBackgroundScores(scorer.spawn);
    const evaluation = createEvaluator()(defaultScene);
    queue.request(evaluation);
    scorer.hooks.fail!();
    await vi.waitFor(() => expect(queue.latest()).not.toBeNull());
    const { totals } = queue.latest()!.scores;
    expect(totals.triplet).toBeCloseTo(referenceTriplet(defaultScene), 12);
    expect(totals.infonce).toBeCloseTo(referenceInfoNce(defaultScene, 0.1), 12);
  });

  it('scores on the page when the browser refuses a worker outright', async () => {
    // As in a frame sandboxed without an origin of its own.
    vi.stubGlobal('Worker', function refused() {
      throw new DOMException('Script cannot be accessed from origin null.', 'SecurityError');
    });
    try {
      const queue = createBackgroundScores(spawnWorker);
      queue.request(createEvaluator()(defaultScene));
      await vi.waitFor(() => expect(queue.latest()).not.toBeNull());
      expect(queue.latest()!.scores.totals.triplet).toBeCloseTo(referenceTriplet(defaultScene), 12);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a large scene’s comparison', () => {
  it('takes the active loss from the evaluation and the others from the last background job', () => {
    const evaluate = createEvaluator();
    const asked = evaluate(defaultScene);
    const result = {
      evaluation: asked,
      ids: ['triplet', 'infonce'] as const,
      scores: { totals: { triplet: 2, infonce: 3 }, census: {} },
    };
    expect(fromBackground(asked, null)).toMatchObject({
      totals: { contrastive: asked.total, triplet: null, infonce: null },
      gradients: null,
      current: false,
    });
    expect(fromBackground(asked, result)).toMatchObject({
      totals: { contrastive: asked.total, triplet: 2, infonce: 3 },
      current: true,
    });
    const later = evaluate(moved(defaultScene, 0.3));
    expect(fromBackground(later, result)).toMatchObject({
      totals: { contrastive: later.total, triplet: 2 },
      current: false,
    });
    const elsewhere = createEvaluator()(defaultScene);
    expect(fromBackground(elsewhere, result).totals.triplet).toBeNull();
  });
});
