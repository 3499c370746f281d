import './triplet-overlay.css';
import { knobIn, MARGIN, type TripletRow } from '../../../engine';
import { useExplorer } from '../../explorerContext';
import { fixed4 } from '../../kit/format';
import type { OverlayProps } from '../lossViews';
import type { PlaneScales } from '../../plane/geometry/scales';
import { chosenIn, useChosenTriplet } from './chosenTriplet';
import { planeObstacles } from './planeObstacles';
import {
  LABEL_FONT,
  placeTripletMarks,
  RING_FONT,
  TAG_RADIUS,
  type Obstacles,
  type Spot,
  type TextSpot,
} from './tripletGeometry';
import { shownTriplet } from './shownTriplet';

/**
 * One triplet on the plane (see shownTriplet.ts): the chosen point's triplet chosen in the table,
 * else its hardest; with no point in hand, the scene's hardest. The line to the positive pulls,
 * the line to the negative pushes, and the dashed ring of radius D(a,p) + m marks where the
 * negative stops costing: a negative inside the ring still adds loss.
 */
export function TripletOverlay({ plane, active, labels }: OverlayProps) {
  const { evaluation, scales, layout } = plane;
  const hovered = useExplorer((state) =>
    state.highlight?.kind === 'point' ? state.highlight.index : null,
  );
  const chosen = useChosenTriplet();
  const { context, scene } = evaluation;
  const choice = chosenIn(chosen, context, (i) => scene.points[i]?.label);
  const triplet = shownTriplet(context, choice, active ?? hovered);
  if (!triplet) return null;
  const at = (i: number): Spot => ({ x: layout.px[i]!, y: layout.py[i]! });
  const points = [triplet.anchor, triplet.positive, triplet.negative] as const;
  return (
    <TripletMarks
      triplet={triplet}
      labels={points.map((i) => scene.points[i]!.label)}
      spots={[at(points[0]), at(points[1]), at(points[2])]}
      margin={knobIn(context, MARGIN)}
      scales={scales}
      obstacles={planeObstacles(evaluation, layout, labels)}
    />
  );
}

function TripletMarks({
  triplet,
  labels: [anchorLabel, positiveLabel, negativeLabel],
  spots,
  margin,
  scales,
  obstacles,
}: {
  triplet: TripletRow;
  labels: string[];
  spots: readonly [Spot, Spot, Spot];
  margin: number;
  scales: PlaneScales;
  obstacles: Obstacles;
}) {
  const [a, p, n] = spots;
  const reach = triplet.positiveDistance + margin;
  const ring = reach * scales.pixelsPerUnit;
  const texts = {
    positive: `D(a,p) = ${fixed4(triplet.positiveDistance)}`,
    negative: `D(a,n) = ${fixed4(triplet.negativeDistance)}`,
    ring: 'D(a,p) + m',
  };
  const plot = { left: 0, top: 0, right: scales.size.width, bottom: scales.size.height };
  const place = placeTripletMarks(spots, texts, ring, obstacles, plot);
  const summary =
    `Triplet of anchor ${anchorLabel}: positive ${positiveLabel} at ${fixed4(triplet.positiveDistance)}, ` +
    `negative ${negativeLabel} at ${fixed4(triplet.negativeDistance)}; the ring D(a,p) + m has radius ` +
    `${fixed4(reach)}, so the loss is ${fixed4(triplet.loss)} (${triplet.kind}).`;
  return (
    <g className="triplet-overlay" role="img" aria-label={summary}>
      <circle
        data-testid="triplet-ring"
        data-radius={String(reach)}
        className={`triplet-ring ${triplet.kind}`}
        cx={a.x}
        cy={a.y}
        r={ring}
      />
      {/* Halos first, so the two lines stand clear of the pair lines beneath them. */}
      <line className="triplet-halo" x1={a.x} y1={a.y} x2={p.x} y2={p.y} />
      <line className="triplet-halo" x1={a.x} y1={a.y} x2={n.x} y2={n.y} />
      <Leg side="positive" label={positiveLabel} from={a} to={p} />
      <Leg side="negative" label={negativeLabel} from={a} to={n} />
      {place.ring && (
        <Words className="triplet-ring-label" spot={place.ring} fontSize={RING_FONT}>
          {texts.ring}
        </Words>
      )}
      <Words className="triplet-line-label positive" spot={place.positive} fontSize={LABEL_FONT}>
        {texts.positive}
      </Words>
      <Words className="triplet-line-label negative" spot={place.negative} fontSize={LABEL_FONT}>
        {texts.negative}
      </Words>
      <Tag className="anchor" spot={place.tags[0]} letter="a" />
      <Tag className="positive" spot={place.tags[1]} letter="p" />
      <Tag className="negative" spot={place.tags[2]} letter="n" />
    </g>
  );
}

/** The line from the anchor to its positive, which pulls, or to its negative, which pushes. */
function Leg({
  side,
  label,
  from,
  to,
}: {
  side: 'positive' | 'negative';
  /** The positive's or the negative's label. */
  label: string | undefined;
  from: Spot;
  to: Spot;
}) {
  return (
    <line
      data-testid={`triplet-${side}`}
      data-label={label}
      className={`triplet-line ${side}`}
      x1={from.x}
      y1={from.y}
      x2={to.x}
      y2={to.y}
    />
  );
}

/** A text at a spot the placement chose, in the size the placement assumed. */
function Words({
  className,
  spot,
  fontSize,
  children,
}: {
  className: string;
  spot: TextSpot;
  fontSize: number;
  children: string;
}) {
  return (
    <text
      className={className}
      fontSize={fontSize}
      x={spot.x}
      y={spot.y}
      textAnchor={spot.anchor}
      dominantBaseline={spot.baseline}
    >
      {children}
    </text>
  );
}

function Tag({ className, spot, letter }: { className: string; spot: Spot; letter: string }) {
  return (
    <g className={`triplet-tag ${className}`} transform={`translate(${spot.x},${spot.y})`}>
      <circle r={TAG_RADIUS} />
      <text dominantBaseline="central" textAnchor="middle">
        {letter}
      </text>
    </g>
  );
}
