/** The similarity matrix's key: the colour scale from −1 to 1, the struck diagonal, the outline. */

const STOPS = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1] as const;
const BAR = 132;

export function HeatmapLegend({ colour }: { colour: (cosine: number) => string }) {
  return (
    <div className="heatmap-legend" aria-hidden="true">
      <span className="heatmap-ramp">
        cos(i, k), from −1 to 1
        <svg width={BAR + 16} height={34} className="heatmap-scale">
          <defs>
            <linearGradient id="infonce-similarity-ramp">
              {STOPS.map((value) => (
                <stop key={value} offset={(value + 1) / 2} stopColor={colour(value)} />
              ))}
            </linearGradient>
          </defs>
          <g transform="translate(8,2)">
            <rect width={BAR} height={12} rx={2} fill="url(#infonce-similarity-ramp)" />
            <rect className="heatmap-scale-frame" width={BAR} height={12} rx={2} />
            {[-1, 0, 1].map((value) => (
              <text key={value} x={((value + 1) / 2) * BAR} y={28} textAnchor="middle">
                {value === -1 ? '−1' : value}
              </text>
            ))}
          </g>
        </svg>
      </span>
      <span className="heatmap-key">
        <span className="heatmap-swatch self" /> the point itself, left out of the softmax
      </span>
      <span className="heatmap-key">
        <span className="heatmap-swatch positive" /> same identity: a positive
      </span>
    </div>
  );
}
