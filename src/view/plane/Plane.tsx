import { useCallback, useMemo, useRef } from 'react';
import { lossOf } from '../../engine';
import './plane.css';
import '../kit/grid.css';
import { useEvaluation, useExplorer } from '../explorerContext';
import { pairSummary } from '../kit/pairSummary';
import { DenseCanvases, useDenseDrawer } from './canvas/dense/DenseLayers';
import { pixelRatio } from '../kit/LayerCanvas';
import { plotRect } from './geometry/scales';
import type { DenseProps } from './canvas/dense/denseDrawer';
import { circlePoints, isCrowded } from './geometry/crowding';
import { isDense, symbolArea } from './canvas/density';
import { lossView, type InHand } from '../losses/lossViews';
import { ArrowHalos, GradientArrows } from './marks/GradientArrows';
import { GridAxes } from './marks/GridAxes';
import { MarginCircles } from './marks/MarginCircles';
import { MarkToggles } from './MarkToggles';
import { PairLinks } from './marks/PairLinks';
import { useCanvasPalette } from '../kit/canvasPalette';
import { PlaneCaption } from './PlaneCaption';
import { PlaneNotes } from './PlaneNotes';
import {
  LABEL_STYLE,
  LABEL_STYLE_PRESENTING,
  pointLabelSpots,
  PointLabels,
} from './marks/PointLabels';
import { PointMark } from './marks/PointMark';
import { useShownMarks } from './shownMarks';
import { Underlay } from './marks/Underlay';
import { useDisplay } from '../theme/useDisplay';
import { FRAME, usePlaneGeometry } from './usePlaneGeometry';
import { usePlanePress } from './usePlanePress';
import { useLandscape } from './useLandscape';
import type { Evaluation } from '../../scene/evaluation';

/**
 * The points the active loss's overlay marks, as a string, so the dense layers' props change
 * only when they do.
 */
const markedKeyOf = (evaluation: Evaluation, inHand: InHand): string =>
  lossView(evaluation.objective).markedPoints(evaluation, inHand).join(',');

const pointsOfKey = (key: string): number[] => (key === '' ? [] : key.split(',').map(Number));

/** The embedding plane: every mark of the figure, drawn from the store and the evaluation. */
export function Plane() {
  const evaluation = useEvaluation();
  const loads = useExplorer((state) => state.loads);
  const highlight = useExplorer((state) => state.highlight);
  const selected = useExplorer((state) => state.selectedPair);
  const pickFirst = useExplorer((state) => state.pickFirst);
  const active = useExplorer((state) => state.activePoint);
  const gliding = useExplorer((state) => state.glide !== null);
  const { Overlay, landscapeNote } = lossView(evaluation.objective);
  const chosen = useExplorer((state) => state.chosenTerm);
  const showHard = useExplorer((state) => state.showHardNegatives);
  const trail = useExplorer((state) =>
    state.training.showTrails ? state.training.trail : NO_TRAIL,
  );
  const { areaRef, width, height, size, view, refit, scales, layout } = usePlaneGeometry(
    evaluation,
    loads,
  );
  const plane = useMemo(() => ({ evaluation, scales, layout }), [evaluation, scales, layout]);
  const svg = useRef<SVGSVGElement>(null);
  const field = useLandscape(evaluation, view.viewport, size);
  const palette = useCanvasPalette();

  const { points } = evaluation.scene;
  const { coincident } = pairSummary(evaluation);
  const flagged = new Set(
    coincident.flatMap((p) => [evaluation.pairs.first[p]!, evaluation.pairs.second[p]!]),
  );
  const focus = highlight?.kind === 'point' ? highlight.index : -1;
  const dense = isDense(points.length, evaluation.pairs.count);
  const pointArea = symbolArea(points.length, size.width, size.height);
  const colours = evaluation.identityColours;
  const colourOf = useCallback(
    (i: number) => colours[evaluation.identityOf[i]!]!,
    [colours, evaluation.identityOf],
  );
  const plot = `translate(${FRAME.left},${FRAME.top})`;
  const shown = useShownMarks();
  const presenting = useDisplay((display) => display.presenting);
  const crowded = isCrowded(points.length, evaluation.pairs.count);
  const pairTerms = lossOf(evaluation.objective).pairTerms;
  const circles = useMemo(
    () => (shown.circles ? circlePoints(evaluation, { highlight, selected, active }, crowded) : []),
    [shown.circles, evaluation, highlight, selected, active, crowded],
  );
  const markedKey = markedKeyOf(evaluation, { active, highlight, chosen });
  const marked = pointsOfKey(markedKey);
  const labelStyle = presenting ? LABEL_STYLE_PRESENTING : LABEL_STYLE;
  const labels = pointLabelSpots(evaluation, layout, {
    keep: [focus, active ?? -1, ...marked],
    style: labelStyle,
    show: shown.labels,
  });
  // What the dense layers draw with, the same object until one of its parts changes.
  const denseProps = useMemo<DenseProps>(
    () => ({
      scales,
      arrowScale: view.arrowScale,
      look: {
        view: plotRect(scales),
        pixelsPerUnit: scales.pixelsPerUnit,
        symbolArea: pointArea,
        ratio: pixelRatio(),
        palette,
        labelStyle,
      },
      highlight,
      selected,
      activePoint: active,
      pickFirst,
      hardNegatives: showHard,
      shown: { circles: shown.circles, lines: shown.lines, labels: shown.labels },
      marked: pointsOfKey(markedKey),
    }),
    [
      scales,
      view.arrowScale,
      pointArea,
      palette,
      labelStyle,
      highlight,
      selected,
      active,
      pickFirst,
      showHard,
      shown.circles,
      shown.lines,
      shown.labels,
      markedKey,
    ],
  );

  const { canvases, handlesRef, drawn } = useDenseDrawer(dense, denseProps);
  // A dense scene's points are where the frame loop last drew them, not where React last did.
  const drag = usePlanePress(evaluation, () => drawn() ?? layout, scales, FRAME, svg);

  return (
    <div className="plane">
      <div className="plane-area" ref={areaRef}>
        {/* Layers: landscape and trails, the grid, a canvas for dense scenes, the marks people touch. */}
        <div className="plane-stack" style={{ width, height }}>
          {(field || trail.length > 1) && (
            <Underlay
              field={field}
              trail={trail}
              scales={scales}
              colourOf={colourOf}
              offset={FRAME}
              palette={palette}
            />
          )}
          <svg className="plane-grid" width={width} height={height} aria-hidden="true">
            <g transform={plot}>
              <GridAxes scales={scales} />
              {evaluation.scene.norm && (
                <circle
                  className="unit-circle"
                  cx={scales.x(0)}
                  cy={scales.y(0)}
                  r={scales.pixelsPerUnit}
                />
              )}
            </g>
          </svg>
          {dense && <DenseCanvases refs={canvases} props={denseProps} offset={FRAME} />}
          <svg
            ref={svg}
            className={`plane-marks${dense ? ' dense' : ''}`}
            width={width}
            height={height}
            role="group"
            aria-label="Embedding plane: drag a point, or focus it and use the arrow keys"
            {...drag.handlers}
          >
            <defs>
              <clipPath id="plot-clip">
                <rect width={size.width} height={size.height} />
              </clipPath>
            </defs>
            <g transform={plot}>
              {!dense && (
                <g clipPath="url(#plot-clip)">
                  {circles.length > 0 && (
                    <MarginCircles plane={plane} highlight={highlight} shown={circles} />
                  )}
                  {shown.lines && (
                    <PairLinks
                      plane={plane}
                      highlight={highlight}
                      hardNegatives={showHard}
                      crowded={crowded}
                    />
                  )}
                  <ArrowHalos plane={plane} />
                </g>
              )}
              {Overlay && (
                <g clipPath="url(#plot-clip)">
                  <Overlay plane={plane} active={active} labels={labels} />
                </g>
              )}
              {dense ? (
                <g ref={handlesRef} className="point-handles" />
              ) : (
                points.map((point, i) => (
                  <PointMark
                    key={i}
                    index={i}
                    point={point}
                    identityId={evaluation.identityOf[i]!}
                    colour={colours[evaluation.identityOf[i]!]!}
                    cx={layout.px[i]!}
                    cy={layout.py[i]!}
                    lit={focus === i}
                    picked={pickFirst === i}
                    symbolArea={pointArea}
                    flagged={flagged.has(i)}
                  />
                ))
              )}
              {!dense && (
                <g clipPath="url(#plot-clip)">
                  <GradientArrows
                    plane={plane}
                    arrowScale={view.arrowScale}
                    highlight={highlight}
                  />
                </g>
              )}
              {!dense && <PointLabels evaluation={evaluation} spots={labels} highlighted={focus} />}
            </g>
          </svg>
        </div>
      </div>
      <div className="plane-foot">
        <PlaneNotes
          evaluation={evaluation}
          viewport={view.viewport}
          circled={active !== null && circles.includes(active) ? active : null}
          coincident={coincident}
          refit={refit}
          gliding={gliding}
        />
        <PlaneCaption
          rampStart={palette.card}
          arrowScale={view.arrowScale}
          norm={Boolean(evaluation.scene.norm)}
          field={field}
          fieldLabel={field ? (points[field.point]?.label ?? '') : ''}
          fieldNote={field ? landscapeNote(points[field.point]?.label ?? '') : ''}
        />
        <MarkToggles shown={shown} circles={pairTerms} crowded={crowded} />
      </div>
    </div>
  );
}

const NO_TRAIL: readonly never[] = [];
