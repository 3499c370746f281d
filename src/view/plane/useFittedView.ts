/**
 * The view (window and arrow scale) is fitted to the scene when it loads, when the plot is
 * resized, and when the user asks; it stays put during edits so the axes never move under a
 * dragged point.
 */
import { useState } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { chooseArrowScale, fitViewport, type PlotSize, type Viewport } from './viewport';

export interface FittedView {
  readonly viewport: Viewport;
  /** Arrow length in plane units per unit of gradient. */
  readonly arrowScale: number;
}

function fit(evaluation: Evaluation, size: PlotSize): FittedView {
  const viewport = fitViewport(evaluation.scene.points, size);
  let largest = 0;
  for (let i = 0; i < evaluation.gradX.length; i++) {
    largest = Math.max(largest, Math.hypot(evaluation.gradX[i]!, evaluation.gradY[i]!));
  }
  const span = Math.min(viewport.xMax - viewport.xMin, viewport.yMax - viewport.yMin);
  return { viewport, arrowScale: chooseArrowScale(largest, span) };
}

export function useFittedView(evaluation: Evaluation, size: PlotSize, loads: number) {
  const [requests, setRequests] = useState(0);
  const key = `${loads}/${requests}/${size.width}x${size.height}`;
  const [fitted, setFitted] = useState(() => ({ key, view: fit(evaluation, size) }));
  let { view } = fitted;
  if (fitted.key !== key) {
    // Adjusting state while rendering, as React's docs advise for state derived from a change.
    view = fit(evaluation, size);
    setFitted({ key, view });
  }
  return { view, refit: () => setRequests((n) => n + 1) };
}
