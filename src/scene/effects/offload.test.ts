import { describe, expect, it, vi } from 'vitest';
import { createEvaluator, type Evaluation } from '../evaluation';
import { generateScene } from '../generate';
import type { LossId } from '../../engine';
import type { Scene } from '../model';
import {
  answerRequest,
  createOffload,
  lossWorkerPort,
  OFFLOAD_LIMIT,
  type LossAnswer,
  type LossPort,
  type LossRequest,
} from './offload';

/** A worker that answers when the test says, with the real worker's code on its own evaluator. */
function fakeWorker() {
  const requests: LossRequest[] = [];
  const workerSide = createEvaluator();
  let reply: ((answer: LossAnswer) => void) | undefined;
  let fail: (() => void) | undefined;
  let closed = false;
  const port: LossPort = {
    post: (request) => requests.push(request),
    listen(answer, failed) {
      reply = answer;
      fail = failed;
    },
    close: () => (closed = true),
  };
  return {
    spawn: () => port,
    requests,
    /** Answers the oldest request not yet answered. */
    answer() {
      const request = requests.shift()!;
      reply!(answerRequest(workerSide, structuredClone(request)).answer);
    },
    fail: () => fail!(),
    closed: () => closed,
  };
}

function largeScene(loss: LossId, identities = 50): Scene {
  const generated = generateScene({ identities, photos: 5, spread: 0.15, seed: 3 });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  return { ...generated.value, loss };
}

function moved(scene: Scene, index: number, dx: number): Scene {
  const points = scene.points.slice();
  points[index] = { ...points[index]!, x: points[index]!.x + dx };
  return { ...scene, points };
}

/** The numbers a view shows, as a fresh evaluator gives them. */
function expectExact(evaluation: Evaluation) {
  const fresh = createEvaluator()(evaluation.scene);
  expect(evaluation.pending).toBe(false);
  expect(evaluation.total).toBe(fresh.total);
  expect([...evaluation.gradX]).toEqual([...fresh.gradX]);
  expect([...evaluation.gradY]).toEqual([...fresh.gradY]);
  expect([...evaluation.pairShare]).toEqual([...fresh.pairShare]);
}

describe('offloading the triplet and InfoNCE losses', () => {
  it(`leaves the contrastive loss and scenes under ${OFFLOAD_LIMIT} points on the page`, () => {
    const worker = fakeWorker();
    const offload = createOffload(createEvaluator(), worker.spawn);
    offload.start();
    let contrastive = largeScene('contrastive');
    let small = largeScene('triplet', 10);
    offload.evaluate(contrastive);
    offload.evaluate(small);
    contrastive = moved(contrastive, 0, 0.1);
    small = moved(small, 0, 0.1);
    expectExact(offload.evaluate(contrastive));
    expectExact(offload.evaluate(small));
    expect(worker.requests).toHaveLength(0);
  });

  for (const loss of ['triplet', 'infonce'] as const) {
    it(`${loss}: a drag borrows the last result, asks for the newest scene, and lands exactly`, () => {
      const worker = fakeWorker();
      const offload = createOffload(createEvaluator(), worker.spawn);
      offload.start();
      let news = 0;
      offload.subscribe(() => news++);
      let scene = largeScene(loss);
      const first = offload.evaluate(scene);
      // Nothing finished can stand in for a new shape: the first evaluation is exact, here.
      expectExact(first);
      expect(worker.requests).toHaveLength(0);

      scene = moved(scene, 0, 0.2);
      const during = offload.evaluate(scene);
      expect(during.pending).toBe(true);
      expect(during.total).toBe(first.total);
      // The pair layer is the scene's own: point 0's pairs have their new distances.
      expect(during.distance[0]).toBe(createEvaluator()(scene).distance[0]);
      expect(worker.requests.map((request) => request.scene)).toEqual([scene]);

      // Latest wins: of the scenes dragged through while the worker is busy, only the last waits.
      const skipped = moved(scene, 0, 0.1);
      offload.evaluate(skipped);
      const last = moved(skipped, 0, 0.1);
      offload.evaluate(last);
      expect(worker.requests).toHaveLength(1);

      worker.answer();
      expect(news).toBe(1);
      expect(worker.requests.map((request) => request.scene)).toEqual([last]);
      const older = offload.evaluate(last);
      expect(older.pending).toBe(true);
      expect(older.total).toBe(createEvaluator()(scene).total);

      worker.answer();
      expect(news).toBe(2);
      expectExact(offload.evaluate(last));
      expect(worker.requests).toHaveLength(0);
    });
  }

  it('never trades an exact evaluation for a borrowed one', () => {
    const worker = fakeWorker();
    const evaluate = createEvaluator();
    const offload = createOffload(evaluate, worker.spawn);
    offload.start();
    let scene = largeScene('triplet');
    offload.evaluate(scene);
    scene = moved(scene, 1, 0.3);
    // A training step evaluates exactly on the page; the next frame shows that, asking nothing.
    evaluate(scene);
    expectExact(offload.evaluate(scene));
    expect(worker.requests).toHaveLength(0);
  });

  it('computes on the page once the worker fails or stops', () => {
    const worker = fakeWorker();
    const offload = createOffload(createEvaluator(), worker.spawn);
    const stop = offload.start();
    let news = 0;
    offload.subscribe(() => news++);
    let scene = largeScene('infonce');
    offload.evaluate(scene);
    scene = moved(scene, 2, -0.2);
    expect(offload.evaluate(scene).pending).toBe(true);
    worker.fail();
    expect(news).toBe(1);
    expectExact(offload.evaluate(scene));

    const again = fakeWorker();
    const restarted = createOffload(createEvaluator(), again.spawn);
    restarted.start()();
    expect(again.closed()).toBe(true);
    expectExact(restarted.evaluate(moved(scene, 2, 0.1)));
    expect(again.requests).toHaveLength(0);
    stop();
  });

  it('answers with copies whose buffers can move to the page', () => {
    const scene = largeScene('triplet');
    const evaluation = createEvaluator()(scene);
    const { answer, transfer } = answerRequest(createEvaluator(), { id: 7, scene });
    expect(answer.id).toBe(7);
    expect(answer.total).toBe(evaluation.total);
    expect(answer.output.gradX).not.toBe(evaluation.gradX);
    expect([...answer.output.gradX]).toEqual([...evaluation.gradX]);
    expect(transfer).toContain(answer.output.gradX.buffer);
    expect(transfer).toContain(answer.output.pairShare.buffer);
  });
});

describe('the browser’s worker', () => {
  it('is none where the browser refuses to start it, so the page computes every loss', () => {
    // As in a frame sandboxed without an origin of its own.
    vi.stubGlobal('Worker', function refused() {
      throw new DOMException('Script cannot be accessed from origin null.', 'SecurityError');
    });
    try {
      expect(lossWorkerPort()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
