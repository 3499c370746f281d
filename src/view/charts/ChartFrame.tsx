import type { ScaleContinuousNumeric } from 'd3';
import './charts.css';
import type { ReactNode } from 'react';

/** Room around a chart's plot area for ticks and axis titles, px. */
export const CHART_MARGIN = { top: 16, right: 16, bottom: 46, left: 56 } as const;

/**
 * The plot area of a chart of this size: what CHART_MARGIN leaves of it, and none at all for a
 * chart narrower than its margins (one measured before its container is laid out, at 0 px), whose
 * frame a browser would refuse with a negative width.
 */
export const plotSizeOf = (width: number, height: number) => ({
  plotWidth: Math.max(0, width - CHART_MARGIN.left - CHART_MARGIN.right),
  plotHeight: Math.max(0, height - CHART_MARGIN.top - CHART_MARGIN.bottom),
});

/** One axis of a chart: its scale (linear or logarithmic) and its title. */
export interface ChartAxis {
  readonly scale: ScaleContinuousNumeric<number, number>;
  readonly title: ReactNode;
}

/**
 * A chart's grid, axes and titles around its plot area. The marks go in `children`, drawn in
 * plot coordinates (origin at the plot's top left) and clipped to it.
 */
export function ChartFrame({
  x: { scale: x, title: xTitle },
  y: { scale: y, title: yTitle },
  size: { width, height },
  label,
  testId,
  children,
}: {
  x: ChartAxis;
  y: ChartAxis;
  size: { readonly width: number; readonly height: number };
  /** Text alternative: what the chart shows, with its current numbers. */
  label: string;
  /** Unique per page: it also names the clip path. */
  testId: string;
  children: ReactNode;
}) {
  const id = testId;
  const { plotWidth, plotHeight } = plotSizeOf(width, height);
  const xTicks = x.ticks(Math.max(3, Math.round(plotWidth / 70)));
  const yTicks = y.ticks(Math.max(3, Math.round(plotHeight / 50)));
  const xFormat = x.tickFormat(xTicks.length);
  const yFormat = y.tickFormat(yTicks.length);
  return (
    <svg
      className="chart"
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-x-max={x.domain()[1]}
      data-y-max={y.domain()[1]}
      data-plot-left={CHART_MARGIN.left}
      data-plot-top={CHART_MARGIN.top}
      data-plot-width={plotWidth}
      data-plot-height={plotHeight}
    >
      <defs>
        <clipPath id={`${id}-clip`}>
          <rect width={plotWidth} height={plotHeight} />
        </clipPath>
      </defs>
      <g transform={`translate(${CHART_MARGIN.left},${CHART_MARGIN.top})`}>
        <g className="grid" aria-hidden="true">
          {xTicks.map((t) => (
            <g key={`x${t}`} transform={`translate(${x(t)},0)`}>
              <line y2={plotHeight} />
              <text y={plotHeight + 18} textAnchor="middle">
                {xFormat(t)}
              </text>
            </g>
          ))}
          {yTicks.map((t) => (
            <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
              <line x2={plotWidth} />
              <text x={-8} dy="0.32em" textAnchor="end">
                {yFormat(t)}
              </text>
            </g>
          ))}
          <rect className="frame" width={plotWidth} height={plotHeight} />
          <text className="axis-title" x={plotWidth / 2} y={plotHeight + 40} textAnchor="middle">
            {xTitle}
          </text>
          <text
            className="axis-title"
            transform={`translate(${-44},${plotHeight / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {yTitle}
          </text>
        </g>
        <g clipPath={`url(#${id}-clip)`}>{children}</g>
      </g>
    </svg>
  );
}

/** The smallest "nice" number (1, 1.5, 2, 2.5, 3, 4, 5 or 8 times a power of ten) ≥ value. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = Number(`1e${Math.floor(Math.log10(value))}`);
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 8, 10].find((m) => m * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}
