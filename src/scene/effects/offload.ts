/**
 * The triplet and InfoNCE losses of a large scene, computed off the main thread.
 *
 * At 1,000 points one evaluation of either takes longer than a frame (about 80 and 170 ms on the
 * reference machine), while the contrastive pair layer under them follows a drag in a fraction of
 * a millisecond. So for scenes of OFFLOAD_LIMIT points or more, a frame evaluates the pair layer
 * itself and borrows the active loss's total, gradients and detail from the newest result a worker
 * has finished: the frame never waits for the maths, the evaluation says it is `pending`, and the
 * worker is asked for the scene in hand. One request is in flight at a time and only the latest
 * scene waits behind it (latest wins): a fast drag skips the scenes the worker could not reach.
 * When the answer for the scene in hand arrives, the listeners hear of it and the frame loop draws
 * the exact numbers.
 *
 * A first evaluation of a new shape (a new scene, a new loss, points added) is computed here, as
 * nothing finished can stand in for it; so is every evaluation when no worker can be made.
 */
import { PAIR_LOSS, type LossOutput } from '../../engine';
import type { ActiveLoss, Evaluate, Evaluation } from '../evaluation';
import { lossIdOf, type Scene } from '../model';

/** From this many points the triplet and InfoNCE losses are computed by the worker. */
export const OFFLOAD_LIMIT = 200;

export interface LossRequest {
  readonly id: number;
  readonly scene: Scene;
}

export interface LossAnswer {
  readonly id: number;
  readonly total: number;
  readonly output: LossOutput;
}

/** The worker as the page talks to it; tests hand in their own. */
export interface LossPort {
  post(request: LossRequest): void;
  /** Answers in order; `failed` when the worker cannot go on (then the page computes itself). */
  listen(answer: (answer: LossAnswer) => void, failed: () => void): void;
  close(): void;
}

export interface Offload {
  /** Evaluates a scene, with the active loss borrowed from the worker where it is offloaded. */
  readonly evaluate: (scene: Scene) => Evaluation;
  /** Calls back whenever a newer result is there to draw. */
  readonly subscribe: (listener: () => void) => () => void;
  /**
   * Starts a worker (`spawn`; none in unit tests) and returns what stops it. Until it starts, or
   * once it fails, every loss is computed on the page.
   */
  readonly start: () => () => void;
}

export function createOffload(evaluate: Evaluate, spawn: () => LossPort | null): Offload {
  let port: LossPort | null = null;
  let latest: ActiveLoss | undefined;
  let inFlight: LossRequest | undefined;
  let queued: Scene | undefined;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const send = (scene: Scene) => {
    inFlight = { id: nextId++, scene };
    port!.post(inFlight);
  };
  const forget = () => {
    port = null;
    inFlight = queued = latest = undefined;
  };

  return {
    evaluate(scene) {
      const offloaded =
        port !== null && lossIdOf(scene) !== PAIR_LOSS.id && scene.points.length >= OFFLOAD_LIMIT;
      if (!offloaded) return evaluate(scene);
      const evaluation = evaluate(scene, latest);
      if (!evaluation.pending) {
        // Exact, whoever computed it: what the next frames borrow until the worker has newer.
        latest = { scene, total: evaluation.total, output: evaluation.output };
      } else if (inFlight?.scene !== scene) {
        if (inFlight) queued = scene;
        else send(scene);
      }
      return evaluation;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const started = spawn();
      port = started;
      started?.listen(
        (answer) => {
          if (port !== started || answer.id !== inFlight?.id) return;
          latest = { scene: inFlight.scene, total: answer.total, output: answer.output };
          inFlight = undefined;
          if (queued) send(queued);
          queued = undefined;
          notify();
        },
        () => {
          if (port !== started) return;
          forget();
          notify();
        },
      );
      return () => {
        started?.close();
        if (port === started) forget();
      };
    },
  };
}

/**
 * The worker's side: evaluates the requested scene with its own evaluator and answers with a copy
 * of the active loss's output, whose buffers then move to the page without a second copy.
 */
export function answerRequest(
  evaluate: Evaluate,
  request: LossRequest,
): { answer: LossAnswer; transfer: ArrayBuffer[] } {
  const evaluation = evaluate(request.scene);
  const output = structuredClone(evaluation.output);
  return {
    answer: { id: request.id, total: evaluation.total, output },
    transfer: buffersOf(output),
  };
}

/** The buffers under every typed array in an output (and in its nested scratch space). */
function buffersOf(value: object): ArrayBuffer[] {
  return Object.values(value).flatMap((inner: unknown) =>
    ArrayBuffer.isView(inner)
      ? [inner.buffer as ArrayBuffer]
      : inner !== null && typeof inner === 'object'
        ? buffersOf(inner)
        : [],
  );
}

/** The browser's worker behind a port; null where there are no workers (unit tests). */
export function lossWorkerPort(): LossPort | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./activeLossWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Refused outright, as in a frame sandboxed without an origin of its own (SecurityError): the
    // page computes every loss itself, as where there are no workers.
    return null;
  }
  return {
    post: (request) => worker.postMessage(request),
    listen(answer, failed) {
      worker.onmessage = (event: MessageEvent<LossAnswer>) => answer(event.data);
      worker.onerror = (event) => {
        // A worker the host refuses to start: the page computes every loss itself from now on.
        event.preventDefault();
        worker.terminate();
        failed();
      };
    },
    close: () => worker.terminate(),
  };
}
