/**
 * The view (window and arrow scale) is fitted to the scene when it loads, when the plot is
 * resized, when the unit circle is turned on or off, and when the user asks; it stays put during
 * edits so the axes never move under a dragged point. While training runs it follows the points:
 * when one leaves the view, the view is fitted again, so a class watching a run never loses a
 * point off the edge. A small resize (a caption or a message appearing beside the plane) keeps
 * the centre, the units per pixel and the arrows, so nothing on the plane jumps.
 */
import { useState } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import type { Scene } from '../../scene/model';
import {
  chooseArrowScale,
  contains,
  fitViewport,
  type PlotSize,
  type Viewport,
} from './geometry/viewport';

export interface FittedView {
  readonly viewport: Viewport;
  /** Arrow length in plane units per unit of gradient. */
  readonly arrowScale: number;
}

/** The unit circle's extremes: on it, the view takes in the whole circle. */
const CIRCLE = [
  { x: -1, y: 0 },
  { x: 1, y: 0 },
  { x: 0, y: -1 },
  { x: 0, y: 1 },
];

interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * The view of the scene's points (with the whole unit circle when the points live on it), and of
 * `extra` places it should show too (a margin circle the reader asked to see whole). `scene` is
 * the scene to fit when it is not the one evaluated: where a lesson's gliding points are going.
 */
export function fitView(
  evaluation: Evaluation,
  size: PlotSize,
  extra: readonly Position[] = [],
  scene: Scene = evaluation.scene,
): FittedView {
  const { points, norm } = scene;
  const viewport = fitViewport([...points, ...(norm ? CIRCLE : []), ...extra], size);
  return { viewport, arrowScale: arrowScaleFor(evaluation, viewport) };
}

/** One scale for every arrow of this view, from the steepest gradient (see chooseArrowScale). */
function arrowScaleFor(evaluation: Evaluation, viewport: Viewport): number {
  let largest = 0;
  for (let i = 0; i < evaluation.gradX.length; i++) {
    largest = Math.max(largest, Math.hypot(evaluation.gradX[i]!, evaluation.gradY[i]!));
  }
  const span = Math.min(viewport.xMax - viewport.xMin, viewport.yMax - viewport.yMin);
  return chooseArrowScale(largest, span);
}

/** A resize by at most this share of the plot in each direction keeps the view's scale. */
const SMALL_RESIZE = 0.2;

/** The same centre and units per pixel on a plot of another size, or null if a point falls out. */
export function resizeView(
  view: FittedView,
  from: PlotSize,
  to: PlotSize,
  points: readonly { x: number; y: number }[],
): FittedView | null {
  const small =
    Math.abs(to.width - from.width) <= SMALL_RESIZE * from.width &&
    Math.abs(to.height - from.height) <= SMALL_RESIZE * from.height;
  if (!small) return null;
  const { xMin, xMax, yMin, yMax } = view.viewport;
  const unitsPerPixel = (xMax - xMin) / from.width;
  const [cx, cy] = [(xMin + xMax) / 2, (yMin + yMax) / 2];
  const viewport = {
    xMin: cx - (unitsPerPixel * to.width) / 2,
    xMax: cx + (unitsPerPixel * to.width) / 2,
    yMin: cy - (unitsPerPixel * to.height) / 2,
    yMax: cy + (unitsPerPixel * to.height) / 2,
  };
  return points.every((p) => contains(viewport, p)) ? { ...view, viewport } : null;
}

export function useFittedView(
  evaluation: Evaluation,
  size: PlotSize,
  loads: number,
  follow: boolean,
  arriving: Scene | null = null,
) {
  const [requests, setRequests] = useState<{ count: number; extra: readonly Position[] }>({
    count: 0,
    extra: [],
  });
  // Turning the unit circle on or off changes what there is to fit, so it refits too.
  const request = `${loads}/${requests.count}/${Boolean(evaluation.scene.norm)}`;
  const { objective } = evaluation;
  const [fitted, setFitted] = useState(() => ({
    request,
    size,
    objective,
    view: fitView(evaluation, size),
  }));
  let { view } = fitted;
  if (fitted.request !== request || fitted.size !== size) {
    // Adjusting state while rendering, as React's docs advise for state derived from a change.
    const kept =
      fitted.request === request
        ? resizeView(fitted.view, fitted.size, size, (arriving ?? evaluation.scene).points)
        : null;
    // A lesson's step is fitted where its points arrive, so they glide into a view made for them;
    // a resize during the glide (the next step's controls coming in) keeps the view only if they
    // all still arrive inside it.
    view = kept ?? fitView(evaluation, size, requests.extra, arriving ?? evaluation.scene);
    setFitted({ request, size, objective, view });
  } else if (follow && !evaluation.scene.points.every((p) => contains(view.viewport, p))) {
    view = fitView(evaluation, size);
    setFitted({ request, size, objective, view });
  } else if (fitted.objective !== objective) {
    // Another loss's gradients can be a hundred times steeper: the same window, new arrows.
    view = { ...view, arrowScale: arrowScaleFor(evaluation, view.viewport) };
    setFitted({ request, size, objective, view });
  }
  return {
    view,
    /** Fits the view to the points again, and to `extra` places besides. */
    refit: (extra: readonly Position[] = []) =>
      setRequests((previous) => ({ count: previous.count + 1, extra })),
  };
}
