import { memo } from 'react';
import type { PlaneScales } from '../geometry/scales';

/**
 * Ticks in plain decimals; from ten thousand up (a run that diverged) in SI prefixes, "2M" rather
 * than "2,000,000", so the labels still fit beside the plot.
 */
function tickFormatOf(scale: PlaneScales['x'], count: number): (t: number) => string {
  if (Math.max(...scale.domain().map(Math.abs)) < 1e4) return scale.tickFormat(count);
  const format = scale.tickFormat(count, '~s');
  return (t) => (t === 0 ? '0' : format(t));
}

/** Grid lines and tick labels in embedding units; drawn again only when the view changes. */
export const GridAxes = memo(function GridAxes({ scales }: { scales: PlaneScales }) {
  const { width, height } = scales.size;
  const count = Math.max(3, Math.round(width / 90));
  const xFormat = tickFormatOf(scales.x, count);
  const yFormat = tickFormatOf(scales.y, count);
  return (
    <g className="grid" aria-hidden="true">
      {scales.x.ticks(count).map((t) => (
        <g key={`x${t}`} transform={`translate(${scales.x(t)},0)`}>
          <line y2={height} className={t === 0 ? 'axis-zero' : undefined} />
          <text y={height + 20} textAnchor="middle">
            {xFormat(t)}
          </text>
        </g>
      ))}
      {scales.y.ticks(count).map((t) => (
        <g key={`y${t}`} transform={`translate(0,${scales.y(t)})`}>
          <line x2={width} className={t === 0 ? 'axis-zero' : undefined} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {yFormat(t)}
          </text>
        </g>
      ))}
      <rect className="frame" width={width} height={height} />
    </g>
  );
});
