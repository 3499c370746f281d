import { useEffect, useRef } from 'react';
import { lossOf, type LossId } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { fixed4 } from '../../kit/format';
import { useCanvasPalette } from '../../kit/canvasPalette';
import { pixelRatio } from '../../kit/LayerCanvas';
import type { Viewport } from '../../plane/geometry/viewport';
import type { Gradient } from './compareLosses';
import { drawPanel } from './drawPanel';
import { longestGradient } from './panelGeometry';

/**
 * One loss's small plane: its name, the scene under it, its total and its longest arrow. The
 * whole panel is a button that puts this loss on the main plane.
 */
export function ComparePanel({
  id,
  evaluation,
  total,
  gradient,
  view,
  side,
  active,
  onUse,
}: {
  id: LossId;
  evaluation: Evaluation;
  /** The loss's total, or null while it is still being computed. */
  total: number | null;
  gradient: Gradient | null;
  view: Viewport;
  side: number;
  active: boolean;
  onUse: (id: LossId) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const palette = useCanvasPalette();
  const ratio = pixelRatio();
  const { scene, identityOf, identityColours } = evaluation;

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawPanel(context, {
      points: scene.points,
      identityOf,
      colours: identityColours,
      gradient,
      view,
      side,
      palette,
    });
  }, [scene.points, identityOf, identityColours, gradient, view, side, palette, ratio]);

  const { name } = lossOf(id);
  const shownTotal = total === null ? '…' : fixed4(total);
  const longest = gradient ? longestGradient(gradient.gradX, gradient.gradY) : null;
  return (
    <button
      type="button"
      className={`compare-panel${active ? ' active' : ''}`}
      aria-pressed={active}
      aria-label={`${name}: total ${shownTotal}. ${active ? 'In use on the plane' : 'Use this loss'}`}
      onClick={() => onUse(id)}
    >
      <span className="compare-head">
        <span className="compare-name">{name}</span>
        {active && <span className="compare-badge">in use</span>}
      </span>
      <canvas
        ref={canvas}
        width={Math.round(side * ratio)}
        height={Math.round(side * ratio)}
        style={{ width: side, height: side }}
        aria-hidden="true"
      />
      <span className="compare-total">
        total{' '}
        <strong
          data-testid={`compare-total-${id}`}
          data-value={total === null ? undefined : String(total)}
        >
          {shownTotal}
        </strong>
      </span>
      {longest && (
        <span className="compare-longest">
          {longest.index < 0
            ? 'no gradient anywhere'
            : `max |∇| ${fixed4(longest.length)} at ${scene.points[longest.index]!.label}`}
        </span>
      )}
      <span className="compare-action">{active ? 'In use on the plane' : 'Use this loss'}</span>
    </button>
  );
}
