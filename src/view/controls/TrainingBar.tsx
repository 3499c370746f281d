import './training-bar.css';
import { learningRateOf } from '../../scene/model';
import { useActions, useExplorer, useTrainer } from '../explorerContext';

/** The learning rate slider works on log₁₀(lr), so 0.001 … 1 spread evenly. */
const LOG_MIN = -3;
const LOG_MAX = 0;

const rateText = (lr: number) => (lr >= 0.01 ? lr.toFixed(3) : lr.toPrecision(2));

/**
 * Gradient descent on the points: Play/Pause, Step, Reset, the learning rate, the number of steps
 * taken, and what happened (CONTRACT.md section 4). The speed and the loss curve are in the panel's
 * Training tab.
 */
export function TrainingBar() {
  const training = useExplorer((state) => state.training);
  const lr = useExplorer((state) => learningRateOf(state.scene));
  const { setLearningRate } = useActions();
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
      <label className="rate">
        <span>Learning rate</span>
        <input
          type="range"
          min={LOG_MIN}
          max={LOG_MAX}
          step={0.01}
          value={Math.min(LOG_MAX, Math.max(LOG_MIN, Math.log10(lr)))}
          aria-label="Learning rate"
          aria-valuetext={`lr = ${rateText(lr)}`}
          onChange={(event) =>
            setLearningRate(Number((10 ** Number(event.currentTarget.value)).toPrecision(3)))
          }
        />
        <output data-testid="learning-rate">{rateText(lr)}</output>
      </label>
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
