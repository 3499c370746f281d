import { activeOutput } from '../../../scene/evaluation';
import { INFONCE } from '../../../engine';
import './infonce-overlay.css';
import { useExplorer } from '../../explorerContext';
import type { OverlayProps } from '../lossViews';
import { useDisplay } from '../../theme/useDisplay';
import { planeObstacles } from '../triplet/planeObstacles';
import { chooseAnchor, cosineOf, cosineText, nearestNegative } from './infonceModel';
import {
  ANCHOR_FONT,
  ANCHOR_RING,
  anchorWordSpot,
  angleArc,
  arcLabelBox,
  arcPositives,
  MAX_RAYS,
  rayThrough,
  labelXInside,
  separateLabels,
} from './overlayGeometry';

/** Gap between the anchor's nested arcs, px. */
const ARC_STEP = 26;

/**
 * InfoNCE on the plane. Cosine similarity sees only directions, so every point gets a faint ray
 * from the origin (the unit circle drawn too, when the scene does not already live on it), and
 * the anchor's ray is joined by arcs to its positives' rays and to its nearest negative's, each
 * labelled with its cosine: a positive's arc should be narrow, the negative's wide. Those rays
 * run on to the plot's edge; the rest stop at their point, so a crowded scene stays readable.
 * The anchor itself is ringed and named, so it is plain whose angles these are.
 */
export function InfoNceOverlay({ plane, active, labels }: OverlayProps) {
  const { evaluation, scales, layout } = plane;
  const highlight = useExplorer((state) => state.highlight);
  const ringScale = useDisplay((display) => (display.presenting ? 1.35 : 1));
  const { identityOf, identityColours, scene } = evaluation;
  const output = activeOutput(evaluation, INFONCE);
  if (!output) return null;
  const n = identityOf.length;
  const ox = scales.x(0);
  const oy = scales.y(0);
  const reach = scales.size.width + scales.size.height + Math.hypot(ox, oy);
  const chosen = chooseAnchor(identityOf, active, highlight);
  const centre = chosen !== null && output.radius[chosen]! > 0 ? chosen : null;
  const positives = centre === null ? [] : arcPositives(output, identityOf, centre);
  const negative = centre === null ? -1 : nearestNegative(output, identityOf, centre);
  const partners = negative >= 0 ? [negative, ...positives] : positives;
  const rayPoints =
    n <= MAX_RAYS ? [...identityOf.keys()] : centre === null ? [] : [centre, ...partners];
  const at = (i: number) => ({ x: layout.px[i]!, y: layout.py[i]! });
  const reachOfAnchor = centre === null ? 0 : Math.hypot(at(centre).x - ox, at(centre).y - oy);
  const firstRadius = Math.max(36, Math.min(120, reachOfAnchor * 0.35));

  const arcs =
    centre === null
      ? []
      : partners
          .map((k, step) => ({
            k,
            arc: angleArc(ox, oy, firstRadius + step * ARC_STEP, at(centre), at(k)),
            kind: identityOf[k] === identityOf[centre] ? 'positive' : 'negative',
            text: `cos = ${cosineText(cosineOf(output, centre, k))}`,
          }))
          .map((arc) => ({
            ...arc,
            labelX: labelXInside(arc.arc.labelX, arc.arc.textAnchor, arc.text, scales.size.width),
          }));
  const rays = (centre === null ? [] : [centre, ...partners]).flatMap((i) => {
    const ray = rayThrough(ox, oy, layout.px[i]!, layout.py[i]!, reach);
    return ray ? [{ x1: ox, y1: oy, ...ray }] : [];
  });
  const ring = ANCHOR_RING * ringScale;
  const plot = { left: 0, top: 0, right: scales.size.width, bottom: scales.size.height };
  const obstacles = planeObstacles(evaluation, layout, labels);
  const labelY = separateLabels(
    arcs.map(({ arc, text, labelX }) => ({
      x: labelX,
      y: arc.labelY,
      textAnchor: arc.textAnchor,
      text,
    })),
  );

  const word =
    centre === null
      ? null
      : anchorWordSpot(
          at(centre),
          ring,
          {
            // Clear of the arcs' cosines too.
            boxes: [
              ...obstacles.boxes,
              ...arcs.map(({ text, labelX, arc }, step) =>
                arcLabelBox(labelX, labelY[step]!, arc.textAnchor, text),
              ),
            ],
            segments: [...obstacles.segments, ...rays],
          },
          plot,
          ANCHOR_FONT * ringScale,
        );
  return (
    <g className="infonce-overlay" aria-hidden="true">
      {!scene.norm && (
        <circle className="infonce-circle" cx={ox} cy={oy} r={scales.pixelsPerUnit} />
      )}
      {rayPoints.map((i) => {
        // The anchor's and its partners' rays run to the edge, the others stop at their point.
        const long = i === centre || partners.includes(i);
        const ray = long
          ? rayThrough(ox, oy, layout.px[i]!, layout.py[i]!, reach)
          : { x2: layout.px[i]!, y2: layout.py[i]! };
        if (!ray || output.radius[i] === 0) return null;
        return (
          <line
            key={i}
            data-testid={`infonce-ray-${scene.points[i]!.label}`}
            className={`infonce-ray${i === centre ? ' anchor' : long ? ' partner' : ''}`}
            x1={ox}
            y1={oy}
            x2={ray.x2}
            y2={ray.y2}
            stroke={identityColours[identityOf[i]!]}
          />
        );
      })}
      {centre !== null && word && (
        <g
          className="infonce-anchor"
          data-testid="infonce-anchor"
          data-label={scene.points[centre]!.label}
        >
          <circle cx={at(centre).x} cy={at(centre).y} r={ring} />
          <text
            x={word.x}
            y={word.y}
            fontSize={ANCHOR_FONT * ringScale}
            textAnchor={word.anchor}
            dominantBaseline={word.baseline}
          >
            anchor
          </text>
        </g>
      )}
      {arcs.map(({ k, arc, kind, text, labelX }, step) => (
        <g
          key={k}
          className={`infonce-arc ${kind}`}
          data-testid={`infonce-arc-${scene.points[k]!.label}`}
        >
          <path d={arc.d} />
          <text x={labelX} y={labelY[step]} dy="0.32em" textAnchor={arc.textAnchor}>
            {text}
          </text>
        </g>
      ))}
    </g>
  );
}
