import type { Evaluation } from '../../scene/evaluation';
import type { Highlight } from '../../scene/store';
import { identityColour } from '../identityStyle';
import type { PlaneLayout } from './layout';
import type { PlaneScales } from './scales';

type MarginState = 'none' | 'resting' | 'active';

/**
 * A point gets a margin circle when it belongs to a dissimilar pair; the circle is active when a
 * dissimilar partner sits inside it (D < m): the hinge is open and the pair pushes.
 */
function marginStates({ scene, pairs, distance }: Evaluation): MarginState[] {
  const states: MarginState[] = scene.points.map(() => 'none');
  for (let p = 0; p < pairs.count; p++) {
    if (pairs.similar[p] === 1) continue;
    const inside = distance[p]! < scene.margin;
    for (const i of [pairs.first[p]!, pairs.second[p]!]) {
      if (inside) states[i] = 'active';
      else if (states[i] === 'none') states[i] = 'resting';
    }
  }
  return states;
}

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
  const states = marginStates(evaluation);
  const lit = litPoints(evaluation, highlight);
  const radius = evaluation.scene.margin * scales.pixelsPerUnit;
  return (
    <g className="margin-circles" aria-hidden="true">
      {states.map((state, i) =>
        state === 'none' ? null : (
          <circle
            key={i}
            data-testid="margin-circle"
            data-point={evaluation.scene.points[i]!.label}
            data-active={state === 'active'}
            className={`margin-circle ${state}${lit ? (lit.has(i) ? ' lit' : ' dim') : ''}`}
            cx={layout.px[i]}
            cy={layout.py[i]}
            r={radius}
            style={{ ['--identity' as string]: identityColour(evaluation.identityOf[i]!) }}
          />
        ),
      )}
    </g>
  );
}
