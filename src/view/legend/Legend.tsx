import { memo, type ReactNode } from 'react';
import { lossOf, type LossId } from '../../engine';
import './legend.css';
import { knobValue } from '../../scene/model';
import { useEvaluation } from '../explorerContext';
import { identityShape } from '../kit/identityStyle';
import { lossView } from '../losses/lossViews';
import { legendMarks } from './legendMarks';
import type { MarkSwatch } from './marks';
import { isCrowded } from '../plane/geometry/crowding';
import { arrowPath } from '../plane/geometry/geometry';
import { useShownMarks } from '../plane/shownMarks';

const Swatch = ({ children }: { children: ReactNode }) => (
  <svg className="legend-swatch" width={36} height={20} viewBox="0 0 36 20" aria-hidden="true">
    {children}
  </svg>
);

const LINE = { x1: 2, y1: 10, x2: 34, y2: 10 } as const;

/** The swatches drawn as a plain line or a plain ring: only their class (colour, dash) differs. */
const PLAIN_LINE: Partial<Record<MarkSwatch, string>> = {
  dissimilar: 'legend-dissimilar',
  resting: 'legend-resting',
  context: 'legend-context',
  'triplet-positive': 'legend-pull',
  'triplet-negative': 'legend-push',
};
const PLAIN_RING: Partial<Record<MarkSwatch, string>> = {
  circle: 'legend-circle',
  'triplet-ring': 'legend-ring',
};

/** A small drawing of each kind of mark, in the plane's own colours and dashes. */
function SwatchMark({ swatch, colour }: { swatch: MarkSwatch; colour: string }) {
  const line = PLAIN_LINE[swatch];
  if (line) return <line {...LINE} className={line} />;
  const ring = PLAIN_RING[swatch];
  if (ring) return <circle cx={18} cy={10} r={8} className={ring} />;
  switch (swatch) {
    case 'similar':
      return <line {...LINE} className="legend-similar" stroke={colour} />;
    case 'arrow':
      return <path d={arrowPath({ x1: 4, y1: 10, x2: 32, y2: 10 }, 8)} className="legend-arrow" />;
    case 'ray':
      return <line x1={3} y1={18} x2={34} y2={3} className="legend-ray" stroke={colour} />;
    case 'anchor':
      return (
        <g className="legend-anchor">
          <circle cx={18} cy={10} r={4} fill={colour} />
          <circle cx={18} cy={10} r={8} className="ring" />
        </g>
      );
    case 'arc-positive':
    case 'arc-negative':
      // Two rays from one vertex and the arc of the angle between them.
      return (
        <g>
          <path d="M3,18 L34,18 M3,18 L31,4" className="legend-context" />
          <path
            d="M21,18 A18,18 0 0 0 19.1,10"
            className={`legend-arc ${swatch === 'arc-positive' ? 'legend-pull' : 'legend-push'}`}
          />
        </g>
      );
  }
}

/**
 * What each mark on the plane means, in the figure's own colours and shapes, for the loss in use
 * and the marks drawn (see legendMarks.ts). Its parts take plain values and are memoised: a
 * dragged point changes none of them, so a drag never renders the legend again.
 */
export function Legend() {
  const { identities, identityOf, identityColours, scene, objective, pairs } = useEvaluation();
  const shown = useShownMarks();
  const shownIdentities = identities.slice(0, 12);
  const photos = shownIdentities.map((_, id) => {
    const labels = scene.points.filter((_, i) => identityOf[i] === id).map((p) => p.label);
    return labels.length <= 4 ? labels.join(', ') : `${labels.length} photos`;
  });
  return (
    <div className="legend" aria-label="Legend" data-testid="legend" data-loss-id={objective}>
      <LegendIdentities
        identities={identities}
        colours={identityColours}
        photos={photos.join('\n')}
      />
      <LegendMarks
        loss={objective}
        knob={knobValue(scene, lossOf(objective).knob)}
        circles={shown.circles}
        lines={shown.lines}
        crowded={isCrowded(scene.points.length, pairs.count)}
        colour={identityColours[0] ?? '#0072B2'}
      />
    </div>
  );
}

/** Each identity's symbol, name and photos (`photos`: one line an identity). */
const LegendIdentities = memo(function LegendIdentities({
  identities,
  colours,
  photos,
}: {
  identities: readonly string[];
  colours: readonly string[];
  photos: string;
}) {
  const lines = photos.split('\n');
  return (
    <ul className="legend-identities">
      {lines.map((line, id) => (
        <li key={identities[id]}>
          <Swatch>
            <path d={identityShape(id, 150)} transform="translate(18,10)" fill={colours[id]} />
          </Swatch>
          <span className="legend-name">{identities[id]}</span>{' '}
          <span className="muted">{line}</span>
        </li>
      ))}
      {identities.length > lines.length && (
        <li className="muted">and {identities.length - lines.length} more identities</li>
      )}
    </ul>
  );
});

/** The marks drawn under the loss in use, each with what it means. */
const LegendMarks = memo(function LegendMarks({
  loss,
  knob,
  circles,
  lines,
  crowded,
  colour,
}: {
  loss: LossId;
  knob: number;
  circles: boolean;
  lines: boolean;
  crowded: boolean;
  colour: string;
}) {
  const marks = legendMarks({ loss, knob, shown: { circles, lines }, crowded });
  const { legendNote } = lossView(loss);
  return (
    <>
      <ul className="legend-marks">
        {marks.map((mark) => (
          <li key={mark.swatch} data-mark={mark.swatch}>
            <Swatch>
              <SwatchMark swatch={mark.swatch} colour={colour} />
            </Swatch>
            <span>{mark.text}</span>
          </li>
        ))}
      </ul>
      {legendNote && lines && <p className="muted legend-note">{legendNote}</p>}
    </>
  );
});
