/**
 * What a press on the plane does with the tool in hand: drag a point (move), add one on an empty
 * spot (add), or pick the two points of a pair (pairs). A grabbed point is held (training leaves
 * it alone), focused, lit and made the active point, in one write to the store.
 */
import type { RefObject } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { useActions, useExplorer, useExplorerStore } from '../explorerContext';
import type { PlaneScales } from './geometry/scales';
import { usePointDrag, type PlotOrigin, type PointPositions } from './usePointDrag';

export function usePlanePress(
  evaluation: Evaluation,
  positions: PointPositions,
  scales: PlaneScales,
  origin: PlotOrigin,
  svg: RefObject<SVGSVGElement | null>,
) {
  const tool = useExplorer((state) => state.tool);
  const store = useExplorerStore();
  const actions = useActions();
  return usePointDrag(positions, scales, origin, {
    pressPoint(index) {
      if (tool !== 'pairs') return true;
      actions.pickPoint(index);
      return false;
    },
    pressEmpty(x, y) {
      if (tool !== 'add') return;
      const { addIdentity } = store.getState();
      actions.addPoint(addIdentity || evaluation.identities[0] || 'someone', x, y);
    },
    hold(index) {
      actions.grabPoint(index);
      if (index === null) return;
      // Keys act on the grabbed point next; its focus changes nothing more in the store.
      const label = evaluation.scene.points[index]?.label;
      svg.current
        ?.querySelector<SVGGElement>(`[data-testid="point-${label}"]`)
        ?.focus({ preventScroll: true });
    },
  });
}
