import './pair-lines.css';
import { lossOf } from '../../../engine';
import type { ReactElement } from 'react';
import type { Highlight } from '../../../scene/store/store';
import { useActions, useExplorer } from '../../explorerContext';
import { useDisplay } from '../../theme/useDisplay';
import { FAINT_OPACITY, isFaintLine } from '../geometry/crowding';
import { pairIsLit, type PlaneBasis } from '../geometry/layout';
import { plotRect } from '../geometry/scales';
import { BEND_OPTIONS, curvePath } from './lineBends';
import { pairCurves } from './pairCurves';

/**
 * How heavy a pair's line is: 1.5 px at zero loss, rising smoothly towards 8 px. √loss is a
 * length in plane units (D for a similar pair, m − D for a pushing one), so a line thickens
 * in step with how far the pair is from satisfied.
 */
export function lineWidth(loss: number): number {
  return 1.5 + 6.5 * (1 - Math.exp(-Math.sqrt(loss) / 0.15));
}

export function PairLinks({
  plane,
  highlight,
  hardNegatives,
  crowded,
}: {
  plane: PlaneBasis;
  highlight: Highlight;
  /** Light the dissimilar pairs inside the margin, and dim the rest. */
  hardNegatives: boolean;
  /** A crowded scene fades the lines that carry no loss (see crowding.ts). */
  crowded: boolean;
}) {
  const { evaluation, scales, layout } = plane;
  const { setHighlight, selectPair, removePair } = useActions();
  const selected = useExplorer((state) => state.selectedPair);
  const picking = useExplorer((state) => state.tool === 'pairs');
  // Lines thick enough to see from the back of a room when presenting.
  const widthScale = useDisplay((display) => (display.presenting ? 1.6 : 1));
  const { pairs, pairShare: loss, scene, identityOf, identityColours, distance } = evaluation;
  const view = plotRect(scales);
  const isLit = (p: number) =>
    pairIsLit(evaluation, p, highlight) ||
    (hardNegatives && pairs.similar[p] === 0 && distance[p]! < scene.margin);
  const faint = (p: number) => isFaintLine(evaluation, p, crowded, isLit(p));
  const all = Array.from({ length: pairs.count }, (_, p) => p);
  const step = BEND_OPTIONS.step * widthScale;
  const curves = pairCurves(evaluation, layout, all, view, faint, crowded, step);
  const lines: ReactElement[] = [];
  const overlay: ReactElement[] = [];
  for (let p = 0; p < pairs.count; p++) {
    const lit = isLit(p);
    const i = pairs.first[p]!;
    const similar = pairs.similar[p] === 1;
    const resting = loss[p] === 0;
    const kind = similar ? 'similar' : resting ? 'dissimilar resting' : 'dissimilar';
    const dim = (highlight || hardNegatives) && !lit ? ' dim' : '';
    const fade = faint(p) ? ' faint' : '';
    const curve = curves[p];
    const d = curve && curvePath(curve);
    const stroke = d && (
      <path
        className="stroke"
        d={d}
        strokeWidth={resting ? undefined : lineWidth(loss[p]!) * widthScale}
        stroke={similar ? identityColours[identityOf[i]!] : undefined}
      />
    );
    const chosen = p === selected;
    if (lit || chosen) {
      overlay.push(
        <g key={p} className={`pair-line ${kind}${lit ? ' lit' : ''}${chosen ? ' selected' : ''}`}>
          {stroke}
        </g>,
      );
    }
    lines.push(
      <g
        key={p}
        data-testid="pair-line"
        data-pair={`${scene.points[i]!.label},${scene.points[pairs.second[p]!]!.label}`}
        data-selected={chosen}
        className={`pair-line ${kind}${lit ? ' lit' : ''}${dim}${fade}${chosen ? ' selected' : ''}`}
        style={fade ? { opacity: FAINT_OPACITY } : undefined}
        onPointerEnter={() => setHighlight({ kind: 'pair', index: p })}
        onPointerLeave={() => setHighlight(null)}
        onClick={() => (picking ? removePair(p) : selectPair(p))}
      >
        {stroke}
        {d && <path className="hit" d={d} />}
      </g>,
    );
  }
  // Lit and selected lines are drawn again on top, so they are never hidden under another. The
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
