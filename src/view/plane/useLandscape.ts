import { useState } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { useExplorer } from '../explorerContext';
import type { PlotSize, Viewport } from './geometry/viewport';
import { useDisplay } from '../theme/useDisplay';
import { createLandscapeCache } from './canvas/landscapeField';

/**
 * The landscape of the active point (else the highlighted one, else the first), while the
 * Landscape toggle is on: coarse while something moves, fine at rest.
 */
export function useLandscape(evaluation: Evaluation, viewport: Viewport, size: PlotSize) {
  const show = useDisplay((display) => display.landscape);
  const active = useExplorer((state) => state.activePoint);
  const hovered = useExplorer((state) =>
    state.highlight?.kind === 'point' ? state.highlight.index : null,
  );
  const moving = useExplorer((state) => state.held !== null || state.training.status === 'running');
  const [landscape] = useState(createLandscapeCache);
  if (!show || evaluation.scene.points.length === 0) return null;
  const point = Math.min(active ?? hovered ?? 0, evaluation.scene.points.length - 1);
  return landscape(evaluation, viewport, size, point, moving);
}
