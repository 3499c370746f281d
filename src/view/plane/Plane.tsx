import { useMemo, useRef } from 'react';
import './plane.css';
import '../grid.css';
import { useActions, useEvaluation, useExplorer } from '../explorerContext';
import { pairStats } from '../pairStats';
import { CanvasMarks, GradientHooks } from './CanvasMarks';
import { CoincidenceNote } from './CoincidenceNote';
import { isDense, symbolArea } from './density';
import { ArrowHalos, GradientArrows } from './GradientArrows';
import { GridAxes } from './GridAxes';
import { layoutPlane } from './layout';
import { MarginCircles } from './MarginCircles';
import { PairLinks } from './PairLinks';
import { PointLabels } from './PointLabels';
import { PointMark } from './PointMark';
import { planeScales } from './scales';
import { useElementSize, useMediaQuery, useWindowHeight } from '../measure';
import { useFittedView } from './useFittedView';
import { usePointDrag } from './usePointDrag';
import { contains } from './viewport';

/** Room for the tick labels around the plot area, px. */
const FRAME = { top: 14, right: 14, bottom: 34, left: 46 } as const;
const MAX_WIDTH = 900;
/** Room the page keeps above and below the plane when fitting it to the window's height. */
const PAGE_CHROME = 190;
/** Where the page switches to a sticky figure column beside the article (see styles.css). */
export const STICKY_LAYOUT = '(min-width: 1100px)';

/** The embedding plane: every mark of the figure, drawn from the store and the evaluation. */
export function Plane() {
  const evaluation = useEvaluation();
  const loads = useExplorer((state) => state.loads);
  const highlight = useExplorer((state) => state.highlight);
  const selected = useExplorer((state) => state.selectedPair);
  const [areaRef, available] = useElementSize<HTMLDivElement>(560);
  const windowHeight = useWindowHeight(800);
  const sticky = useMediaQuery(STICKY_LAYOUT);
  // Beside the article the plane fills what its column leaves; alone it fits the window. Both
  // axes keep the same units per pixel whatever the shape (see fitViewport).
  const width = Math.floor(Math.max(240, Math.min(available.width, MAX_WIDTH)));
  const height = Math.floor(
    Math.max(
      240,
      sticky ? available.height : Math.min(width, Math.max(360, windowHeight - PAGE_CHROME)),
    ),
  );
  const size = useMemo(
    () => ({ width: width - FRAME.left - FRAME.right, height: height - FRAME.top - FRAME.bottom }),
    [width, height],
  );
  const { view, refit } = useFittedView(evaluation, size, loads);
  const scales = useMemo(() => planeScales(view.viewport, size), [view.viewport, size]);
  const layout = layoutPlane(evaluation, scales, view.arrowScale);
  const { points } = evaluation.scene;
  const outside = points.filter((p) => !contains(view.viewport, p)).map((p) => p.label);
  const { coincident } = pairStats(evaluation);
  const flagged = new Set(
    coincident.flatMap((p) => [evaluation.pairs.first[p]!, evaluation.pairs.second[p]!]),
  );
  const focus = highlight?.kind === 'point' ? highlight.index : -1;
  const dense = isDense(points.length, evaluation.pairs.count);
  const pointArea = symbolArea(points.length, size.width, size.height);
  const svg = useRef<SVGSVGElement>(null);
  const { setHighlight } = useActions();
  const drag = usePointDrag(layout.px, layout.py, scales, FRAME, (index) => {
    const label = points[index]?.label;
    svg.current
      ?.querySelector<SVGGElement>(`[data-testid="point-${label}"]`)
      ?.focus({ preventScroll: true });
    setHighlight({ kind: 'point', index });
  });
  const plot = `translate(${FRAME.left},${FRAME.top})`;

  return (
    <div className="plane">
      <div className="plane-area" ref={areaRef}>
        {/* Three layers: the grid, a canvas for dense scenes, and the marks people touch. */}
        <div className="plane-stack" style={{ width, height }}>
          <svg className="plane-grid" width={width} height={height} aria-hidden="true">
            <g transform={plot}>
              <GridAxes scales={scales} />
            </g>
          </svg>
          {dense && (
            <CanvasMarks
              evaluation={evaluation}
              layout={layout}
              scales={scales}
              highlight={highlight}
              selected={selected}
              offset={FRAME}
              symbolArea={pointArea}
              flagged={flagged}
            />
          )}
          <svg
            ref={svg}
            className={`plane-marks${dense ? ' dense' : ''}`}
            width={width}
            height={height}
            role="group"
            aria-label="Embedding plane: drag a point, or focus it and use the arrow keys"
            {...drag.handlers}
            onPointerUp={(event) => {
              drag.handlers.onPointerUp(event);
              const over = document
                .elementFromPoint(event.clientX, event.clientY)
                ?.closest('.point');
              if (!over) setHighlight(null);
            }}
          >
            <defs>
              <clipPath id="plot-clip">
                <rect width={size.width} height={size.height} />
              </clipPath>
            </defs>
            <g transform={plot}>
              {!dense && (
                <g clipPath="url(#plot-clip)">
                  <MarginCircles
                    evaluation={evaluation}
                    scales={scales}
                    layout={layout}
                    highlight={highlight}
                  />
                  <PairLinks evaluation={evaluation} layout={layout} highlight={highlight} />
                  <ArrowHalos layout={layout} scales={scales} />
                </g>
              )}
              {points.map((point, i) => (
                <PointMark
                  key={i}
                  index={i}
                  point={point}
                  identityId={evaluation.identityOf[i]!}
                  cx={layout.px[i]!}
                  cy={layout.py[i]!}
                  lit={focus === i}
                  symbolArea={pointArea}
                  flagged={flagged.has(i)}
                />
              ))}
              {!dense && (
                <g clipPath="url(#plot-clip)">
                  <GradientArrows
                    evaluation={evaluation}
                    scales={scales}
                    layout={layout}
                    arrowScale={view.arrowScale}
                    highlight={highlight}
                  />
                </g>
              )}
              <PointLabels evaluation={evaluation} layout={layout} highlighted={focus} />
            </g>
          </svg>
        </div>
        {dense && <GradientHooks />}
        {/* Laid over the plot, so a note that appears mid-drag never shifts the plane. */}
        <div className="plane-notes" style={{ top: FRAME.top + 8, left: FRAME.left + 8 }}>
          {outside.length > 0 && (
            <p className="plane-note">
              {outside.length === 1 ? `${outside[0]} is` : `${outside.length} points are`} outside
              the view.{' '}
              <button type="button" onClick={refit}>
                Fit view
              </button>
            </p>
          )}
          <CoincidenceNote evaluation={evaluation} pairs={coincident} />
        </div>
      </div>
      <p className="arrow-scale" data-testid="arrow-scale" data-value={view.arrowScale}>
        Arrows show −∇L × {view.arrowScale}: one gradient-descent step at learning rate{' '}
        {view.arrowScale}.
      </p>
    </div>
  );
}
