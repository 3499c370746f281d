/**
 * The worker that computes the triplet and InfoNCE losses of large scenes (offload.ts), so a drag
 * never waits for them.
 */
import { createEvaluator } from '../evaluation';
import { answerRequest, type LossRequest } from './offload';

const evaluate = createEvaluator();
addEventListener('message', (event: MessageEvent<LossRequest>) => {
  const { answer, transfer } = answerRequest(evaluate, event.data);
  postMessage(answer, { transfer });
});
