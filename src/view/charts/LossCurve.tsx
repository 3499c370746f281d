import { line, scaleLinear } from 'd3';
import { useEvaluation, useActions, useExplorer } from '../explorerContext';
import { fixed2, fixed4, plural, thousands } from '../kit/format';
import { pairIsLit } from '../plane/geometry/layout';
import { useElementWidth } from '../kit/measure';
import { ChartFrame, CHART_MARGIN, plotSizeOf } from './ChartFrame';
import { DensityLayer } from './DensityLayer';
import { curvePoints, distanceAxisEnd, lossAxisEnd, pairDensity } from './lossCurveModel';

/**
 * Up to this many pairs each is a dot; beyond, the pairs are shaded by how many fall where (a
 * canvas under the chart), and only the pairs in hand keep a dot.
 */
const MAX_DOTS = 400;
/** The shading's cells, px. */
const CELL = 4;

/**
 * Loss against distance: the two curves of the formula on one D axis, the margin as a line that
 * follows the slider, the zero-gradient region beyond it shaded, and one dot per pair at
 * (D, loss), coloured as on the plane and linked to it both ways.
 */
export function LossCurve() {
  const evaluation = useEvaluation();
  const highlight = useExplorer((state) => state.highlight);
  const selected = useExplorer((state) => state.selectedPair);
  const { setHighlight, selectPair } = useActions();
  const [box, available] = useElementWidth<HTMLDivElement>(560);
  const { scene, pairs, distance, pairLoss: loss, identityOf } = evaluation;
  const margin = scene.margin;

  const width = Math.max(280, Math.min(available, 680));
  const height = Math.round(Math.min(380, Math.max(250, width * 0.6)));
  const { plotWidth, plotHeight } = plotSizeOf(width, height);
  const dense = pairs.count > MAX_DOTS;
  let largest = 0;
  for (let p = 0; p < pairs.count; p++) largest = Math.max(largest, distance[p]!);
  const x = scaleLinear([0, distanceAxisEnd(largest, margin)], [0, plotWidth]);
  const y = scaleLinear([0, lossAxisEnd(margin)], [plotHeight, 0]);
  const path = line(
    ([d]) => x(d),
    // Values far above the axis are cut by the clip path; capping them keeps the path finite.
    ([, value]) => y(Math.min(value, y.domain()[1]! * 2)),
  );

  const density = dense
    ? pairDensity(
        distance,
        loss,
        pairs.similar,
        pairs.count,
        x.domain()[1]!,
        y.domain()[1]!,
        Math.max(1, Math.round(plotWidth / CELL)),
        Math.max(1, Math.round(plotHeight / CELL)),
      )
    : null;
  const inHand = dense
    ? [...new Set([...(highlight?.kind === 'pair' ? [highlight.index] : []), selected ?? -1])]
    : [];
  const drawn = dense
    ? inHand.filter((p) => p >= 0 && p < pairs.count)
    : Array.from({ length: pairs.count }, (_, p) => p);
  const dots = [];
  const described = [];
  for (const p of drawn) {
    const similar = pairs.similar[p] === 1;
    const beyond = loss[p]! > y.domain()[1]!;
    const name = `${scene.points[pairs.first[p]!]!.label},${scene.points[pairs.second[p]!]!.label}`;
    const lit = pairIsLit(evaluation, p, highlight);
    if (p < 8)
      described.push(
        `${name.replace(',', '–')} at D ${fixed4(distance[p]!)}, loss ${fixed4(loss[p]!)}`,
      );
    dots.push(
      <circle
        key={p}
        data-testid="curve-dot"
        data-pair={name}
        className={`curve-dot ${similar ? 'similar' : loss[p] === 0 ? 'resting' : 'dissimilar'}${lit ? ' lit' : ''}${highlight && !lit ? ' dim' : ''}${p === selected ? ' selected' : ''}${beyond ? ' beyond' : ''}`}
        cx={x(distance[p]!)}
        cy={beyond ? 0 : y(loss[p]!)}
        r={lit || p === selected ? 8 : 6}
        fill={similar ? evaluation.identityColours[identityOf[pairs.first[p]!]!] : undefined}
        onPointerEnter={() => setHighlight({ kind: 'pair', index: p })}
        onPointerLeave={() => setHighlight(null)}
        onClick={() => selectPair(p)}
      />,
    );
  }

  const label =
    `Loss against distance D. Same-identity pairs follow D squared; different-identity pairs follow ` +
    `max(m − D, 0) squared, which is zero from D = m = ${fixed2(margin)} on. ` +
    `${pairs.count} ${plural(pairs.count, 'pair')}${described.length ? `: ${described.join('; ')}` : ''}${pairs.count > described.length ? '; …' : ''}.`;

  return (
    <figure className="chart-figure" ref={box}>
      {density && (
        <DensityLayer
          density={density}
          left={CHART_MARGIN.left}
          top={CHART_MARGIN.top}
          width={plotWidth}
          height={plotHeight}
        />
      )}
      <ChartFrame
        x={{ scale: x, title: 'distance D between the two points' }}
        y={{ scale: y, title: 'loss of the pair' }}
        size={{ width, height }}
        label={label}
        testId="loss-curve"
      >
        {margin < x.domain()[1]! && (
          <g className="rest-region">
            <rect x={x(margin)} width={plotWidth - x(margin)} height={plotHeight} />
            {/* Bottom right, where the rising D² curve has already left the chart. */}
            {plotWidth - x(margin) > 190 && (
              <text x={plotWidth - 8} y={plotHeight - 40} textAnchor="end">
                different identities rest here:
              </text>
            )}
            {plotWidth - x(margin) > 120 && (
              <text x={plotWidth - 8} y={plotHeight - 22} textAnchor="end">
                loss 0, gradient 0
              </text>
            )}
          </g>
        )}
        <path className="curve similar" d={path(curvePoints(true, margin, x.domain()[1]!)) ?? ''} />
        <path
          className="curve dissimilar"
          d={path(curvePoints(false, margin, x.domain()[1]!)) ?? ''}
        />
        <g data-testid="margin-line" data-m={margin} className="margin-line">
          <line x1={x(margin)} x2={x(margin)} y2={plotHeight} />
          <text x={x(margin) + 6} y={14}>
            m = {fixed2(margin)}
          </text>
        </g>
        <g className="curve-dots">{dots}</g>
      </ChartFrame>
      <figcaption>
        <span className="key similar">same identity (y = 1): loss D²</span>
        <span className="key dissimilar">different identities (y = 0): loss max(m − D, 0)²</span>
        {dense && (
          <span className="muted">
            {thousands(pairs.count)} pairs: each is a touch of shade, darker where more of them
            fall; the pair pointed at or chosen is a dot.
          </span>
        )}
      </figcaption>
    </figure>
  );
}
