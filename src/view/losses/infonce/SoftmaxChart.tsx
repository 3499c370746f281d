import { scaleBand, scaleLinear } from 'd3';
import { knobIn, TEMPERATURE, type InfoNceOutput } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { useActions } from '../../explorerContext';
import { fixed4, thousands } from '../../kit/format';
import { useElementWidth } from '../../kit/measure';
import {
  firstRowOf,
  positiveCount,
  probabilityAxisEnd,
  probabilityText,
  softmaxBars,
  type SoftmaxBar,
} from './infonceModel';
import { formatTau } from './temperatureScale';

/** The most candidates drawn as bars; the rest are counted in a sentence. */
const MAX_BARS = 12;
const BAR_PITCH = 24;
const MARGIN = { top: 22, right: 118, bottom: 8, left: 74 } as const;
const GAP = 'gap';

/**
 * The anchor's softmax over its candidates, p(k | i) = exp(s(i,k) − LSE_i), as horizontal bars
 * sorted by probability and coloured by identity, positives outlined. ℓ(i, j) is −log of the
 * positive's bar, so the chart is the loss: a long positive bar is a small loss.
 */
export function SoftmaxChart({
  evaluation,
  output,
  anchor,
}: {
  evaluation: Evaluation;
  output: InfoNceOutput;
  anchor: number;
}) {
  const [box, available] = useElementWidth<HTMLDivElement>(480);
  const { setHighlight } = useActions();
  const { scene, identityOf, identityColours, context } = evaluation;
  const tau = knobIn(context, TEMPERATURE);
  const n = identityOf.length;
  const label = (i: number) => scene.points[i]!.label;
  const { bars, positiveAppended, hidden, hiddenMass } = softmaxBars(
    output,
    identityOf,
    anchor,
    tau,
    MAX_BARS,
  );
  const keys = bars.map((bar) => String(bar.index));
  if (positiveAppended) keys.splice(keys.length - 1, 0, GAP);
  const width = Math.max(300, Math.min(available, 640));
  const height = MARGIN.top + keys.length * BAR_PITCH + MARGIN.bottom;
  const x = scaleLinear(
    [0, probabilityAxisEnd(bars[0]?.probability ?? 0, n - 1)],
    [0, width - MARGIN.left - MARGIN.right],
  );
  const ticks = x.ticks(4);
  const tickText = x.tickFormat(4);
  const y = scaleBand(keys, [0, keys.length * BAR_PITCH]).padding(0.18);
  const positives = positiveCount(identityOf, anchor);
  const uniform = n > 1 ? 1 / (n - 1) : 0;
  const positive = bars.find((bar) => bar.positive);
  const positiveLoss = positive ? lossOfPair(output, anchor, positive.index) : null;
  const described = bars
    .map(
      (bar) =>
        `${label(bar.index)} ${probabilityText(bar.probability)}${bar.positive ? ' (positive)' : ''}`,
    )
    .join(', ');

  return (
    <figure className="infonce-figure">
      <figcaption>
        <strong>
          Anchor {label(anchor)}: {thousands(positives)}{' '}
          {positives === 1 ? 'positive' : 'positives'} and {thousands(n - 1 - positives)} negatives,
          τ = {formatTau(tau)}
        </strong>
        <span className="softmax-formula muted">
          p(k | i) = exp(cos(i, k)/τ) / Σ<sub>k′≠i</sub> exp(cos(i, k′)/τ)
        </span>
      </figcaption>
      <div ref={box} className="softmax-box">
        <svg
          className="softmax-chart"
          width={width}
          height={height}
          role="img"
          aria-label={`Softmax of anchor ${label(anchor)} at τ ${formatTau(tau)}: ${described}.`}
          data-testid="infonce-softmax"
          data-anchor={label(anchor)}
        >
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {ticks.map((t) => (
              <g key={t} className="softmax-grid" transform={`translate(${x(t)},0)`}>
                <line y1={-4} y2={keys.length * BAR_PITCH} />
                <text y={-8} textAnchor="middle">
                  {tickText(t)}
                </text>
              </g>
            ))}
            {uniform > 0 && (
              <line
                className="softmax-uniform"
                x1={x(uniform)}
                x2={x(uniform)}
                y1={0}
                y2={keys.length * BAR_PITCH}
              />
            )}
            {bars.map((bar) => (
              <BarRow
                key={bar.index}
                bar={bar}
                top={y(String(bar.index))!}
                height={y.bandwidth()}
                length={x(bar.probability)}
                label={label(bar.index)}
                colour={identityColours[identityOf[bar.index]!]!}
                onEnter={() => setHighlight({ kind: 'point', index: bar.index })}
                onLeave={() => setHighlight(null)}
              />
            ))}
            {positiveAppended && (
              <text className="softmax-gap" x={-10} y={y(GAP)! + y.bandwidth() / 2} dy="0.32em">
                ⋮
              </text>
            )}
          </g>
        </svg>
      </div>
      <p className="softmax-note">
        {positive && positiveLoss !== null ? (
          <>
            The loss of ({label(anchor)}, {label(positive.index)}) is −log of the positive's bar: ℓ
            = −log {probabilityText(positive.probability)} = <strong>{fixed4(positiveLoss)}</strong>
            .
          </>
        ) : (
          <>
            {label(anchor)} has no positive: no other point shares its identity, so it adds no loss
            term.
          </>
        )}{' '}
        {hidden > 0 &&
          `The other ${thousands(hidden)} candidates share ${probabilityText(hiddenMass)}.`}{' '}
        <span className="muted">Dashed line: 1/(n − 1), every candidate alike, as τ → ∞.</span>
      </p>
    </figure>
  );
}

/** ℓ(i, j) from the engine's rows (exact even where p(j | i) underflows to 0). */
function lossOfPair(output: InfoNceOutput, anchor: number, positive: number): number | null {
  const first = firstRowOf(output, anchor);
  if (first < 0) return null;
  for (let r = first; r < output.rowCount && output.rowAnchor[r] === anchor; r++) {
    if (output.rowPositive[r] === positive) return output.rowLoss[r]!;
  }
  return null;
}

function BarRow(props: {
  bar: SoftmaxBar;
  top: number;
  height: number;
  length: number;
  label: string;
  colour: string;
  onEnter: () => void;
  onLeave: () => void;
}) {
  const { bar, top, height, length } = props;
  return (
    <g
      className={`softmax-bar${bar.positive ? ' positive' : ''}`}
      transform={`translate(0,${top})`}
      onPointerEnter={props.onEnter}
      onPointerLeave={props.onLeave}
    >
      <text x={-10} y={height / 2} dy="0.32em" textAnchor="end">
        {props.label}
      </text>
      <rect width={Math.max(1, length)} height={height} fill={props.colour} />
      <text className="value" x={length + 6} y={height / 2} dy="0.32em">
        {probabilityText(bar.probability)}
        {bar.positive && <tspan className="tag"> positive</tspan>}
      </text>
    </g>
  );
}
