/** The training loss after each step, and the held-out accuracy as it was measured, beside PCA's. */
import { line, scaleLinear } from 'd3';
import { ChartFrame, niceCeiling, plotSizeOf } from '../charts/ChartFrame';
import { thinned } from '../charts/thinned';
import { fixed2, fixed4, thousands } from '../kit/format';
import { useNetworkView } from './networkContext';

const HEIGHT = 170;

export function NetworkCurves({ width }: { width: number }) {
  const losses = useNetworkView((view) => view.losses);
  const accuracy = useNetworkView((view) => view.accuracy);
  const pcaAccuracy = useNetworkView((view) => view.pcaAccuracy);
  const { plotWidth, plotHeight } = plotSizeOf(width, HEIGHT);
  const steps = Math.max(10, losses.length, accuracy.at(-1)?.step ?? 0);
  const x = scaleLinear([0, steps], [0, plotWidth]);
  const finite = losses.filter(Number.isFinite);
  const lossY = scaleLinear([0, niceCeiling(Math.max(...finite, 0.01))], [plotHeight, 0]);
  const accuracyY = scaleLinear([0, 1], [plotHeight, 0]);
  // Step k's loss is drawn at k: the first step is step 1.
  const lossPath = line(
    ([k]) => x(k + 1),
    ([, value]) => lossY(value),
  )(thinned(losses, plotWidth));
  const accuracyPath = line<{ step: number; value: number }>(
    (point) => x(point.step),
    (point) => accuracyY(point.value),
  )(accuracy);
  const lastLoss = losses.at(-1);
  const lastAccuracy = accuracy.at(-1);
  return (
    <div className="digits-curves">
      <ChartFrame
        x={{ scale: x, title: 'step' }}
        y={{ scale: lossY, title: 'loss of a step’s pairs' }}
        size={{ width, height: HEIGHT }}
        label={`Mean loss of each step's pairs over ${thousands(losses.length)} steps${lastLoss === undefined ? '' : `, now ${fixed4(lastLoss)}`}.`}
        testId="digits-loss-curve"
      >
        <path className="curve loss-per-step" d={lossPath ?? ''} />
      </ChartFrame>
      <ChartFrame
        x={{ scale: x, title: 'step' }}
        y={{ scale: accuracyY, title: 'held-out 5-NN accuracy' }}
        size={{ width, height: HEIGHT }}
        label={`Held-out accuracy of the network's map${lastAccuracy ? `, now ${fixed2(lastAccuracy.value)} at step ${thousands(lastAccuracy.step)}` : ''}; PCA's is ${pcaAccuracy === null ? 'not known yet' : fixed2(pcaAccuracy)}.`}
        testId="digits-accuracy-curve"
      >
        {pcaAccuracy !== null && (
          <g className="pca-line">
            <line x2={plotWidth} y1={accuracyY(pcaAccuracy)} y2={accuracyY(pcaAccuracy)} />
            <text x={plotWidth - 4} y={accuracyY(pcaAccuracy) - 5} textAnchor="end">
              PCA {fixed2(pcaAccuracy)}
            </text>
          </g>
        )}
        <path className="curve accuracy" d={accuracyPath ?? ''} />
      </ChartFrame>
    </div>
  );
}
