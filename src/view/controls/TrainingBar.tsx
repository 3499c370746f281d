import { useId } from 'react';
import './training-bar.css';
import { useActions, useEvaluation, useExplorer, useTrainer } from '../explorerContext';

const rateText = (lr: number) => (lr >= 0.01 ? lr.toFixed(3) : lr.toPrecision(2));

/**
 * The learning-rate slider works on log₁₀(lr) and spans the decades around the active loss's
 * default for the scene, which can be anything from 0.1 to a millionth: three decades below it
 * and up to three above it (never past 1), so a rate that overshoots is within reach.
 */
export function rateRange(defaultRate: number): { min: number; max: number } {
  const decade = Math.floor(Math.log10(defaultRate));
  return { min: decade - 3, max: Math.min(0, decade + 3) };
}

/**
 * Gradient descent on the points: Play/Pause, Step, Reset, the learning rate, the number of steps
 * taken, and what happened (CONTRACT.md section 4). The speed and the loss curve are in the panel's
 * Training tab. Without `rate` (the article's figure) the rate is the loss's default, not shown.
 */
export function TrainingBar({ rate = true }: { rate?: boolean }) {
  const training = useExplorer((state) => state.training);
  // The rate as the store holds it this instant, so key presses faster than frames all count; the
  // default depends on the scene's shape only, which a frame's delay cannot change under a hand.
  const chosenRate = useExplorer((state) => state.scene.lr);
  const { defaultLearningRate } = useEvaluation();
  const lr = chosenRate ?? defaultLearningRate;
  const chosen = chosenRate !== undefined;
  const { min, max } = rateRange(defaultLearningRate);
  const { setLearningRate } = useActions();
  const id = useId();
  const trainer = useTrainer();
  const running = training.status === 'running';
  const alarm = training.status === 'diverged' || (running && training.message !== '');
  return (
    <div className="training-bar">
      <div className="training-buttons">
        <button type="button" className="primary" onClick={running ? trainer.pause : trainer.play}>
          {running ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={trainer.step}>
          Step
        </button>
        <button
          type="button"
          onClick={trainer.reset}
          disabled={training.steps === 0 && training.start === null}
        >
          Reset
        </button>
      </div>
      {rate && (
        <div className="rate">
          <label htmlFor={`${id}-rate`}>Learning rate</label>
          <input
            id={`${id}-rate`}
            type="range"
            min={min}
            max={max}
            step={0.01}
            value={Math.min(max, Math.max(min, Math.log10(lr)))}
            aria-label="Learning rate"
            aria-valuetext={`lr = ${rateText(lr)}${chosen ? '' : ', the default'}`}
            onChange={(event) =>
              setLearningRate(Number((10 ** Number(event.currentTarget.value)).toPrecision(3)))
            }
          />
          <output data-testid="learning-rate" data-value={lr}>
            {rateText(lr)}
          </output>
          {chosen && lr !== defaultLearningRate && (
            <button
              type="button"
              className="rate-default"
              onClick={() => setLearningRate(null)}
              aria-label={`Default rate, ${rateText(defaultLearningRate)}`}
              title={`Back to this loss’s own rate for the scene, ${rateText(defaultLearningRate)}`}
            >
              default
            </button>
          )}
        </div>
      )}
      <span className="step-count">
        steps <strong data-testid="step-count">{training.steps}</strong>
      </span>
      <p
        className={`training-status${alarm ? ' alarm' : ''}`}
        role="status"
        data-testid="training-status"
      >
        {training.message}
      </p>
    </div>
  );
}
