import './compare.css';
import { useState } from 'react';
import { lossIds } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { useActions, useEvaluation } from '../../explorerContext';
import { useElementWidth } from '../../kit/measure';
import type { Viewport } from '../../plane/geometry/viewport';
import { ComparePanel } from './ComparePanel';
import { LIVE_POINTS } from './compareLosses';
import { LossGuide } from './LossGuide';
import { ARROW_PIXELS, fitWithOrigin, holdsAll } from './panelGeometry';
import { useLossComparison } from './useLossComparison';

/** Side by side from this width of the tab; one under another below it. */
const THREE_ACROSS = 450;
/** Gap between panels and each panel's padding and border, CSS pixels (compare.css). */
const GAP = 10;
const PANEL_CHROME = 2 * (6 + 2);

/**
 * One window for the three panels, kept while the points stay inside it, so a drag does not make
 * the panels zoom under the pointer; refitted when a point leaves it or the scene changes shape.
 */
function useSharedViewport(evaluation: Evaluation): Viewport {
  const { points } = evaluation.scene;
  const shape = evaluation.identityOf;
  const [kept, setKept] = useState(() => ({ shape, view: fitWithOrigin(points) }));
  if (kept.shape === shape && holdsAll(kept.view, points)) return kept.view;
  const refitted = { shape, view: fitWithOrigin(points) };
  setKept(refitted);
  return refitted.view;
}

/**
 * The Compare tab: the scene as the three losses see it, as small multiples with one window and
 * each loss's own arrows and total, following every drag. Choosing a panel switches the loss.
 */
export function LossComparison() {
  const evaluation = useEvaluation();
  const comparison = useLossComparison(evaluation);
  const view = useSharedViewport(evaluation);
  const { setLoss } = useActions();
  const [box, width] = useElementWidth<HTMLDivElement>(560);
  const across = width >= THREE_ACROSS;
  const side = across
    ? Math.floor((width - 2 * GAP) / 3) - PANEL_CHROME
    : Math.min(width - PANEL_CHROME, 200);
  const n = evaluation.scene.points.length;
  return (
    <div className="loss-comparison">
      <p className="compare-intro">
        The same {n === 1 ? 'point' : `${n.toLocaleString('en-US')} points`} under each loss. Pick a
        panel to train with its loss.
      </p>
      <div
        ref={box}
        className={`compare-panels${across ? ' across' : ''}${comparison.current ? '' : ' catching-up'}`}
        role="group"
        aria-label="The scene under each loss"
        aria-busy={!comparison.current}
      >
        {lossIds().map((id) => (
          <ComparePanel
            key={id}
            id={id}
            evaluation={evaluation}
            total={comparison.totals[id] ?? null}
            gradient={comparison.gradients?.[id] ?? null}
            view={view}
            side={Math.max(side, 60)}
            active={id === evaluation.objective}
            onUse={setLoss}
          />
        ))}
      </div>
      <p className="compare-note">
        {comparison.gradients
          ? `Arrows point along −∇ of each panel’s own loss, scaled so that its longest arrow is ${ARROW_PIXELS} pixels: compare their directions across panels, their lengths only within one.`
          : `Above ${LIVE_POINTS} points the panels show the points without arrows, and the other losses are computed in the background: their totals catch up a moment after each change.`}{' '}
        The dashed lines cross at the origin, from which InfoNCE measures its angles.
      </p>
      <LossGuide />
    </div>
  );
}
