import { line, scaleLinear } from 'd3';
import { contrastivePairLoss } from '../../engine';
import { useFocusPair, pairName } from '../plane/focusPair';
import { fixed2, fixed4 } from '../kit/format';
import { useElementWidth } from '../kit/measure';
import { ChartFrame, niceCeiling, plotSizeOf } from './ChartFrame';

/** The margins the worked example tabulates. */
export const SAMPLE_MARGINS = [0.5, 1, 1.5, 2] as const;

/**
 * How one pair's loss depends on the margin: for the selected pair (a dissimilar one by default),
 * its loss as m runs over [0, 3], with a marker at the current m and the tabulated values.
 */
export function MarginSensitivity() {
  const { evaluation, pair } = useFocusPair();
  const [box, available] = useElementWidth<HTMLDivElement>(560);
  if (pair < 0)
    return <p className="muted">This scene has no pairs, so there is nothing to plot.</p>;

  const { scene, pairs, distance } = evaluation;
  const d = distance[pair]!;
  const similar = pairs.similar[pair] === 1;
  const margin = scene.margin;
  const lossAt = (m: number) => contrastivePairLoss(d, similar, m);
  const name = pairName(evaluation, pair);

  const width = Math.max(280, Math.min(available, 680));
  const height = Math.round(Math.min(320, Math.max(230, width * 0.5)));
  const { plotWidth, plotHeight } = plotSizeOf(width, height);
  const mEnd = Math.max(3, niceCeiling(margin * 1.05));
  const x = scaleLinear([0, mEnd], [0, plotWidth]);
  const y = scaleLinear([0, niceCeiling(1.1 * Math.max(lossAt(mEnd), 0.05))], [plotHeight, 0]);
  const samples = Array.from({ length: 241 }, (_, k) => (mEnd * k) / 240);
  if (!similar && d < mEnd) samples.push(d);
  samples.sort((a, b) => a - b);
  const path = line<number>(
    (m) => x(m),
    (m) => y(lossAt(m)),
  );
  const current = lossAt(margin);
  const label =
    `Loss of ${name} as the margin m runs from 0 to ${mEnd}. ` +
    (similar
      ? `It is a same-identity pair, so m does not change it: the loss stays ${fixed4(current)}.`
      : `It stays 0 until m passes D = ${fixed4(d)}, then grows as (m − D) squared; now m = ${fixed2(margin)} and the loss is ${fixed4(current)}.`);

  return (
    <figure className="chart-figure" ref={box}>
      <ChartFrame
        x={{ scale: x, title: 'margin m' }}
        y={{ scale: y, title: `loss of ${name}` }}
        size={{ width, height }}
        label={label}
        testId="sensitivity-chart"
      >
        {!similar && d < mEnd && (
          <g className="kink">
            <line x1={x(d)} x2={x(d)} y2={plotHeight} />
            <text x={x(d) - 6} y={16} textAnchor="end">
              m = D = {fixed4(d)}
            </text>
          </g>
        )}
        <path className="curve sensitivity" d={path(samples) ?? ''} />
        <g className="margin-line">
          <line x1={x(margin)} x2={x(margin)} y2={plotHeight} />
          <text
            x={x(margin) + (x(margin) > plotWidth * 0.7 ? -6 : 6)}
            y={36}
            textAnchor={x(margin) > plotWidth * 0.7 ? 'end' : 'start'}
          >
            now: m = {fixed2(margin)}, loss {fixed4(current)}
          </text>
        </g>
        <circle
          data-testid="sensitivity-marker"
          data-m={margin}
          data-loss={current}
          className="sensitivity-marker"
          cx={x(margin)}
          cy={y(current)}
          r={7}
        />
      </ChartFrame>
      <figcaption>
        {similar && (
          <p>
            {name} is a same-identity pair: the margin never enters its loss, which stays D² ={' '}
            {fixed4(current)}.
          </p>
        )}
        <dl className="sensitivity-values" data-testid="margin-sensitivity" data-pair={name}>
          {SAMPLE_MARGINS.map((m) => (
            <div key={m}>
              <dt>m = {m}</dt>
              <dd>{fixed4(lossAt(m))}</dd>
            </div>
          ))}
        </dl>
      </figcaption>
    </figure>
  );
}
