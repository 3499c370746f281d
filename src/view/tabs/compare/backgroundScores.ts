/**
 * Scores large scenes under the other losses off the page's thread, so a drag never waits for
 * them. One job runs at a time; while it runs, only the newest request waits behind it (the
 * frames in between are skipped), and every finished job is announced to the subscribers, who
 * show its totals until the next one lands.
 */
import type { LossId } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { othersThan } from './compareLosses';
import { createScorer, shapeOf, type ScoreMessage, type Scores } from './scoreLosses';

export interface BackgroundResult {
  /** The evaluation whose scene was scored. */
  readonly evaluation: Evaluation;
  readonly ids: readonly LossId[];
  readonly scores: Scores;
}

/** Starts a scorer; it answers each message, in order, by calling `answer` (or `fail`). */
export type Spawn = (
  answer: (scores: Scores) => void,
  fail: () => void,
) => (message: ScoreMessage) => void;

/** Scores on the page itself, a turn of the event loop later: where there are no workers. */
export const spawnInline: Spawn = (answer) => {
  const score = createScorer();
  return (message) => setTimeout(() => answer(score(message)));
};

/** Scores in a worker, or on the page where the host has no workers. */
export const spawnWorker: Spawn = (answer, fail) => {
  if (typeof Worker === 'undefined') return spawnInline(answer, fail);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./lossWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Refused outright, as in a frame sandboxed without an origin of its own (SecurityError).
    return spawnInline(answer, fail);
  }
  worker.onmessage = (event: MessageEvent<Scores>) => answer(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    fail();
  };
  return (message) => worker.postMessage(message);
};

interface Job {
  readonly evaluation: Evaluation;
  readonly ids: readonly LossId[];
  /** The positions as they were when asked: the evaluation's own arrays move on with the scene. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

export interface BackgroundScores {
  /** Asks for the losses other than the active one on this evaluation's scene. */
  request: (evaluation: Evaluation) => void;
  subscribe: (listener: () => void) => () => void;
  /** The last job finished, or null. */
  latest: () => BackgroundResult | null;
}

/**
 * A queue in front of one scorer. Should the scorer fail (a worker the host refuses to start,
 * say), the page scores the jobs itself from then on: slower, but never wrong and never stuck.
 */
export function createBackgroundScores(spawn: Spawn): BackgroundScores {
  let post: ((message: ScoreMessage) => void) | null = null;
  let running: Job | null = null;
  let queued: Job | null = null;
  let latest: BackgroundResult | null = null;
  /** The scene shape the scorer holds, so the shape is only sent when it changes. */
  let sentShape: Int32Array | null = null;
  const shapeIds = new WeakMap<Int32Array, number>();
  let shapes = 0;
  const listeners = new Set<() => void>();

  const send = (job: Job) => {
    running = job;
    const { identityOf, pairs, context } = job.evaluation;
    let shape = shapeIds.get(identityOf);
    if (shape === undefined) shapeIds.set(identityOf, (shape = ++shapes));
    const fresh = sentShape !== identityOf;
    sentShape = identityOf;
    post ??= spawn(finish, fallBack);
    post({
      shape,
      ...(fresh ? shapeOf(identityOf, pairs) : {}),
      xs: job.xs,
      ys: job.ys,
      knobs: context.knobs,
      ids: job.ids,
    });
  };

  function finish(scores: Scores) {
    if (running) latest = { evaluation: running.evaluation, ids: running.ids, scores };
    running = null;
    for (const listener of listeners) listener();
    const next = queued;
    queued = null;
    if (next) send(next);
  }

  function fallBack() {
    post = spawnInline(finish, fallBack);
    sentShape = null;
    if (running) send(running);
  }

  return {
    request(evaluation) {
      const waiting = [latest?.evaluation, running?.evaluation, queued?.evaluation];
      if (waiting.includes(evaluation)) return;
      const { xs, ys } = evaluation.context.embedding;
      const job = {
        evaluation,
        ids: othersThan(evaluation.objective),
        xs: xs.slice(),
        ys: ys.slice(),
      };
      if (running) queued = job;
      else send(job);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    latest: () => latest,
  };
}
