import type { Evaluation } from '../../scene/evaluation';
import type { Highlight } from '../../scene/store';
import { MARGIN_ACTIVE, MARGIN_NONE, pairStats } from '../pairStats';
import type { PlaneLayout } from './layout';
import type { PlaneScales } from './scales';

/** Which points' circles the highlight brings forward; null when nothing is highlighted. */
function litPoints(evaluation: Evaluation, highlight: Highlight): Set<number> | null {
  if (!highlight) return null;
  const { first, second } = evaluation.pairs;
  switch (highlight.kind) {
    case 'point':
      return new Set([highlight.index]);
    case 'pair':
      return new Set([first[highlight.index]!, second[highlight.index]!]);
    case 'term':
      // The margin lives in the dissimilar term; the similar term has nothing to do with it.
      return highlight.term === 'similar' ? new Set() : new Set(evaluation.scene.points.keys());
  }
}

export function MarginCircles({
  evaluation,
  scales,
  layout,
  highlight,
}: {
  evaluation: Evaluation;
  scales: PlaneScales;
  layout: PlaneLayout;
  highlight: Highlight;
}) {
  const states = pairStats(evaluation).marginState;
  const lit = litPoints(evaluation, highlight);
  const radius = evaluation.scene.margin * scales.pixelsPerUnit;
  return (
    <g className="margin-circles" aria-hidden="true">
      {Array.from(states, (state, i) =>
        state === MARGIN_NONE ? null : (
          <circle
            key={i}
            data-testid="margin-circle"
            data-point={evaluation.scene.points[i]!.label}
            data-active={state === MARGIN_ACTIVE}
            className={`margin-circle ${state === MARGIN_ACTIVE ? 'active' : 'resting'}${lit ? (lit.has(i) ? ' lit' : ' dim') : ''}`}
            cx={layout.px[i]}
            cy={layout.py[i]}
            r={radius}
            style={{
              ['--identity' as string]: evaluation.identityColours[evaluation.identityOf[i]!],
            }}
          />
        ),
      )}
    </g>
  );
}
