import './pair-lines.css';
import { lossOf } from '../../engine';
import type { ReactElement } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import type { Highlight } from '../../scene/store';
import { useActions, useExplorer } from '../explorerContext';
import { useDisplay } from '../presentation/useDisplay';
import { nearSegment } from './geometry';
import { pairIsLit, type PlaneLayout } from './layout';

/**
 * How heavy a pair's line is: 1.5 px at zero loss, rising smoothly towards 8 px. √loss is a
 * length in plane units (D for a similar pair, m − D for a pushing one), so a line thickens
 * in step with how far the pair is from satisfied.
 */
export function lineWidth(loss: number): number {
  return 1.5 + 6.5 * (1 - Math.exp(-Math.sqrt(loss) / 0.15));
}

export function PairLinks({
  evaluation,
  layout,
  highlight,
  hardNegatives,
  size,
}: {
  evaluation: Evaluation;
  layout: PlaneLayout;
  /** The plot area, px: lines reaching far beyond it are cut short. */
  size: { readonly width: number; readonly height: number };
  highlight: Highlight;
  /** Light the dissimilar pairs inside the margin, and dim the rest. */
  hardNegatives: boolean;
}) {
  const { setHighlight, selectPair, removePair } = useActions();
  const selected = useExplorer((state) => state.selectedPair);
  const picking = useExplorer((state) => state.tool === 'pairs');
  // Lines thick enough to see from the back of a room when presenting.
  const widthScale = useDisplay((display) => (display.presenting ? 1.6 : 1));
  const { pairs, pairShare: loss, scene, identityOf, identityColours, distance } = evaluation;
  const { px, py } = layout;
  const view = { left: 0, top: 0, right: size.width, bottom: size.height };
  const lines: ReactElement[] = [];
  const overlay: ReactElement[] = [];
  for (let p = 0; p < pairs.count; p++) {
    const hard = hardNegatives && pairs.similar[p] === 0 && distance[p]! < scene.margin;
    const lit = pairIsLit(evaluation, p, highlight) || hard;
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    const similar = pairs.similar[p] === 1;
    const resting = loss[p] === 0;
    const kind = similar ? 'similar' : resting ? 'dissimilar resting' : 'dissimilar';
    const dim = (highlight || hardNegatives) && !lit ? ' dim' : '';
    const line = nearSegment({ x1: px[i]!, y1: py[i]!, x2: px[j]!, y2: py[j]! }, view);
    const stroke = line && (
      <line
        className="stroke"
        {...line}
        strokeWidth={resting ? undefined : lineWidth(loss[p]!) * widthScale}
        stroke={similar ? identityColours[identityOf[i]!] : undefined}
      />
    );
    if (lit) {
      overlay.push(
        <g key={p} className={`pair-line ${kind} lit`}>
          {stroke}
        </g>,
      );
    }
    lines.push(
      <g
        key={p}
        data-testid="pair-line"
        data-pair={`${scene.points[i]!.label},${scene.points[j]!.label}`}
        data-selected={p === selected}
        className={`pair-line ${kind}${lit ? ' lit' : ''}${dim}${p === selected ? ' selected' : ''}`}
        onPointerEnter={() => setHighlight({ kind: 'pair', index: p })}
        onPointerLeave={() => setHighlight(null)}
        onClick={() => (picking ? removePair(p) : selectPair(p))}
      >
        {stroke}
        {line && <line className="hit" {...line} />}
      </g>,
    );
  }
  // Lit lines are drawn again on top, so a highlighted pair is never hidden under another. The
  // interactive lines keep their order: moving one mid-click would swallow the click.
  return (
    // Under a loss that is not a sum of pair terms the lines are context, drawn faint, so the
    // loss's own marks (a triplet's ring, InfoNCE's rays) stand out.
    <g className={lossOf(evaluation.objective).pairTerms ? 'pair-lines' : 'pair-lines context'}>
      {lines}
      <g className="pair-overlay" aria-hidden="true">
        {overlay}
      </g>
    </g>
  );
}
