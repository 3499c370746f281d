import { contrastivePairGradient, lossOf } from '../../../engine';
import type { Highlight } from '../../../scene/store/store';
import { arrowPath, clipEnd, type Rect } from '../geometry/geometry';
import { arrowOf, type PlaneBasis } from '../geometry/layout';
import { plotRect, type PlaneScales } from '../geometry/scales';

/** The plot area, less a few pixels so a clipped arrow's head is whole. */
const viewRect = (scales: PlaneScales): Rect => plotRect(scales, 4);

/**
 * White casings under the arrows, drawn below the points: they lift the arrows off lines and
 * circles without painting over a point the arrow crosses.
 */
export function ArrowHalos({ plane: { layout, scales } }: { plane: PlaneBasis }) {
  const view = viewRect(scales);
  return (
    <g className="gradient-halos" aria-hidden="true">
      {Array.from(layout.px, (_, i) => {
        const d = arrowPath(clipEnd(arrowOf(layout, i), view));
        return d ? <path key={i} d={d} /> : null;
      })}
    </g>
  );
}

/** What the arrows are drawn from: the plane, and how long an arrow a unit of gradient makes. */
interface ArrowProps {
  readonly plane: PlaneBasis;
  readonly arrowScale: number;
}

/**
 * Each point's arrow is its negative gradient (the way gradient descent moves it) times one
 * stated scale, drawn over the points so an arrow that crosses a neighbour is seen to go on. A
 * highlighted point also shows each pair's share of that arrow: a pull towards a same-identity
 * partner, a push away from a different-identity one inside the margin.
 */
export function GradientArrows({
  plane,
  arrowScale,
  highlight,
}: ArrowProps & { highlight: Highlight }) {
  const { evaluation, scales, layout } = plane;
  const { scene, gradX, gradY } = evaluation;
  const focus = highlight?.kind === 'point' ? highlight.index : -1;
  const view = viewRect(scales);
  return (
    <g className="gradient-arrows">
      {focus >= 0 && lossOf(evaluation.objective).pairTerms && (
        <PairShares plane={plane} arrowScale={arrowScale} point={focus} />
      )}
      {scene.points.map((point, i) => {
        const d = arrowPath(clipEnd(arrowOf(layout, i), view));
        return (
          <g
            key={i}
            data-testid={`grad-${point.label}`}
            data-gx={String(gradX[i])}
            data-gy={String(gradY[i])}
            className={`gradient-arrow${focus === i ? ' lit' : focus >= 0 ? ' dim' : ''}`}
          >
            {d && <path className="shaft" d={d} />}
          </g>
        );
      })}
    </g>
  );
}

function PairShares({ plane, arrowScale, point }: ArrowProps & { point: number }) {
  const { evaluation, scales, layout } = plane;
  const { scene, pairs, incidence } = evaluation;
  const reach = arrowScale * scales.pixelsPerUnit;
  const self = scene.points[point];
  if (!self) return null;
  const shares = [];
  for (let k = incidence.offsets[point]!; k < incidence.offsets[point + 1]!; k++) {
    const p = incidence.pairIndex[k]!;
    const partner = scene.points[pairs.first[p] === point ? pairs.second[p]! : pairs.first[p]!]!;
    const [gx, gy] = contrastivePairGradient(self, partner, pairs.similar[p] === 1, scene.margin);
    const share = {
      x1: layout.px[point]!,
      y1: layout.py[point]!,
      x2: layout.px[point]! - gx * reach,
      y2: layout.py[point]! + gy * reach,
    };
    const d = arrowPath(clipEnd(share, viewRect(scales)), 7);
    if (d) {
      shares.push(
        <path
          key={p}
          data-testid="pair-share"
          className={`pair-share ${pairs.similar[p] === 1 ? 'pull' : 'push'}`}
          d={d}
        />,
      );
    }
  }
  return <g className="pair-shares">{shares}</g>;
}
