import type { ReactNode } from 'react';
import './legend.css';
import { useEvaluation } from './explorerContext';
import { fixed2 } from './format';
import { identityShape } from './identityStyle';
import { arrowPath } from './plane/geometry';

const Swatch = ({ children }: { children: ReactNode }) => (
  <svg className="legend-swatch" width={36} height={20} viewBox="0 0 36 20" aria-hidden="true">
    {children}
  </svg>
);

/** One line of the legend: a small drawing of the mark, then what it means. */
const Entry = ({ mark, children }: { mark: ReactNode; children: ReactNode }) => (
  <li>
    <Swatch>{mark}</Swatch>
    <span>{children}</span>
  </li>
);

/** What each mark on the plane means, in the figure's own colours and shapes. */
export function Legend() {
  const { identities, identityOf, identityColours, scene } = useEvaluation();
  const shown = identities.slice(0, 12);
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend-identities">
        {shown.map((name, id) => {
          const labels = scene.points.filter((_, i) => identityOf[i] === id).map((p) => p.label);
          return (
            <li key={name}>
              <Swatch>
                <path
                  d={identityShape(id, 150)}
                  transform="translate(18,10)"
                  fill={identityColours[id]}
                />
              </Swatch>
              <span className="legend-name">{name}</span>{' '}
              <span className="muted">
                {labels.length <= 4 ? labels.join(', ') : `${labels.length} photos`}
              </span>
            </li>
          );
        })}
        {identities.length > shown.length && (
          <li className="muted">and {identities.length - shown.length} more identities</li>
        )}
      </ul>
      <ul className="legend-marks">
        <Entry
          mark={
            <line
              x1={2}
              y1={10}
              x2={34}
              y2={10}
              className="legend-similar"
              stroke={identityColours[0] ?? '#0072B2'}
            />
          }
        >
          Same identity: pulled together, loss <span className="nowrap">D²</span>
        </Entry>
        <Entry mark={<line x1={2} y1={10} x2={34} y2={10} className="legend-dissimilar" />}>
          Different identities closer than m: pushed apart, loss{' '}
          <span className="nowrap">(m − D)²</span>
        </Entry>
        <Entry mark={<line x1={2} y1={10} x2={34} y2={10} className="legend-resting" />}>
          Different identities m or more apart: at rest, loss 0
        </Entry>
        <Entry mark={<circle cx={18} cy={10} r={8} className="legend-circle" />}>
          Margin circle of radius <span className="nowrap">m = {fixed2(scene.margin)}</span>, bold
          while another identity is inside
        </Entry>
        <Entry
          mark={
            <path d={arrowPath({ x1: 4, y1: 10, x2: 32, y2: 10 }, 8)} className="legend-arrow" />
          }
        >
          Arrow: where gradient descent moves the point
        </Entry>
      </ul>
      <p className="muted legend-note">Thicker lines carry more loss.</p>
    </div>
  );
}
