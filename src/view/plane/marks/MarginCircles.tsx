import type { Evaluation } from '../../../scene/evaluation';
import type { Highlight } from '../../../scene/store/store';
import { MARGIN_ACTIVE, pairSummary } from '../../kit/pairSummary';
import type { PlaneBasis } from '../geometry/layout';

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

/** The margin circles of the points `shown` (see circlePoints in crowding.ts). */
export function MarginCircles({
  plane,
  highlight,
  shown,
}: {
  plane: PlaneBasis;
  highlight: Highlight;
  shown: readonly number[];
}) {
  const { evaluation, scales, layout } = plane;
  const states = pairSummary(evaluation).marginState;
  const lit = litPoints(evaluation, highlight);
  const radius = evaluation.scene.margin * scales.pixelsPerUnit;
  return (
    <g className="margin-circles" aria-hidden="true">
      {shown.map((i) => {
        const active = states[i] === MARGIN_ACTIVE;
        return (
          <circle
            key={i}
            data-testid="margin-circle"
            data-point={evaluation.scene.points[i]!.label}
            data-active={active}
            className={`margin-circle ${active ? 'active' : 'resting'}${lit ? (lit.has(i) ? ' lit' : ' dim') : ''}`}
            cx={layout.px[i]}
            cy={layout.py[i]}
            r={radius}
            style={{
              ['--identity' as string]: evaluation.identityColours[evaluation.identityOf[i]!],
            }}
          />
        );
      })}
    </g>
  );
}
