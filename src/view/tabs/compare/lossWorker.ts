/**
 * The worker that scores large scenes under the other losses (backgroundScores.ts), so the page
 * stays responsive while a 2,000-point scene is dragged.
 */
import { createScorer, type ScoreMessage, type Scores } from './scoreLosses';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScoreMessage>) => void) | null;
  postMessage(scores: Scores): void;
};

const score = createScorer();
scope.onmessage = (event) => scope.postMessage(score(event.data));
