import { line, scaleLinear, scaleLog } from 'd3';
import { useState } from 'react';
import { ChartFrame, niceCeiling, plotSizeOf } from '../charts/ChartFrame';
import { thinned } from '../charts/thinned';
import { useActions, useEvaluation, useExplorer } from '../explorerContext';
import { fixed4, thousands } from '../kit/format';
import { useElementWidth } from '../kit/measure';

/** Speeds offered, in steps per second; Infinity is "as fast as it goes". */
const SPEEDS = [1, 5, 20, 60, Infinity] as const;

/** A log axis needs positive values: a loss of exactly 0 is drawn at this floor. */
const LOG_FLOOR = 1e-6;

/** The total loss after each step of gradient descent, on a linear or a log axis. */
function LossPerStep({ losses, log }: { losses: readonly number[]; log: boolean }) {
  const [box, available] = useElementWidth<HTMLDivElement>(520);
  const width = Math.max(260, Math.min(available, 640));
  const height = 150;
  const { plotWidth, plotHeight } = plotSizeOf(width, height);
  const highest = Math.max(...losses);
  const x = scaleLinear([0, Math.max(10, losses.length - 1)], [0, plotWidth]);
  const y = log
    ? scaleLog([LOG_FLOOR, niceCeiling(Math.max(highest, LOG_FLOOR * 10))], [plotHeight, 0]).clamp(
        true,
      )
    : scaleLinear([0, niceCeiling(highest)], [plotHeight, 0]);
  const path = line(
    ([k]) => x(k),
    ([, value]) => y(log ? Math.max(value, LOG_FLOOR) : value),
  )(thinned(losses, plotWidth));
  const last = losses[losses.length - 1]!;
  return (
    <div ref={box}>
      <ChartFrame
        x={{ scale: x, title: 'step' }}
        y={{ scale: y, title: log ? 'total loss (log)' : 'total loss' }}
        size={{ width, height }}
        label={`Total loss per step: ${fixed4(losses[0]!)} before training, ${fixed4(last)} after ${losses.length - 1} steps.`}
        testId="loss-per-step"
      >
        <path className="curve loss-per-step" d={path ?? ''} />
        <circle
          className="loss-now"
          r={4}
          cx={x(losses.length - 1)}
          cy={y(log ? Math.max(last, LOG_FLOOR) : last)}
        />
      </ChartFrame>
    </div>
  );
}

/** How fast training runs and how it is going: the loss per step, each point's path (trails). */
export function TrainingPanel() {
  const training = useExplorer((state) => state.training);
  const { total } = useEvaluation();
  const { setShowTrails, setTrainingSpeed } = useActions();
  const [log, setLog] = useState(false);
  const losses = training.steps > 0 ? [...training.losses, total] : [];
  return (
    <div className="training-panel">
      <div className="panel-row">
        <label className="speed">
          Speed{' '}
          <select
            value={String(training.speed)}
            onChange={(event) => setTrainingSpeed(Number(event.currentTarget.value))}
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={String(speed)}>
                {speed === Infinity ? 'as fast as it goes' : `${speed} steps/s`}
              </option>
            ))}
          </select>
        </label>
        <label className="switch">
          <input type="checkbox" checked={log} onChange={(event) => setLog(event.target.checked)} />
          Log scale
        </label>
        <label className="switch">
          <input
            type="checkbox"
            checked={training.showTrails}
            onChange={(event) => setShowTrails(event.target.checked)}
          />
          Trails: each point’s path
        </label>
      </div>
      {losses.length > 1 ? (
        <>
          <p className="training-summary">
            From <strong>{fixed4(losses[0]!)}</strong> to <strong>{fixed4(total)}</strong> in{' '}
            {thousands(training.steps)} {training.steps === 1 ? 'step' : 'steps'}.
          </p>
          <LossPerStep losses={losses} log={log} />
        </>
      ) : (
        <p className="panel-hint">
          Press Play (or Step) under the plane: every point moves a little against its gradient, all
          at once, and this chart draws the total loss after each step. Drag a point while it runs
          to fight the optimiser.
        </p>
      )}
    </div>
  );
}
