import { memo, type KeyboardEvent } from 'react';
import type { ScenePoint } from '../../../scene/model';
import { useActions } from '../../explorerContext';
import { identityShape } from '../../kit/identityStyle';

/** Arrow keys move a focused point 0.01, with Shift 0.1 (CONTRACT.md section 2); up is +y. */
const KEY_DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** One point: memoised, so dragging one point re-renders that point alone. */
export const PointMark = memo(function PointMark({
  index,
  point,
  identityId,
  colour,
  picked,
  cx,
  cy,
  lit,
  symbolArea,
  flagged,
}: {
  index: number;
  point: ScenePoint;
  identityId: number;
  colour: string;
  /** The first point picked for a pair, waiting for the second. */
  picked: boolean;
  cx: number;
  cy: number;
  lit: boolean;
  /** Area of the point's symbol, px²: smaller when many points share the plane. */
  symbolArea: number;
  /** Part of a coincident dissimilar pair, whose push has no direction. */
  flagged: boolean;
}) {
  const { nudgePoint, setHighlight, focusPoint, deletePoint } = useActions();

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      deletePoint(index);
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    const step = event.shiftKey ? 0.1 : 0.01;
    nudgePoint(index, direction[0] * step, direction[1] * step);
  };

  return (
    <g
      data-testid={`point-${point.label}`}
      data-x={String(point.x)}
      data-y={String(point.y)}
      tabIndex={0}
      role="button"
      aria-roledescription="draggable point"
      aria-label={`${point.label}, ${point.identity}, at x ${point.x}, y ${point.y}`}
      className={`point${lit ? ' lit' : ''}${flagged ? ' flagged' : ''}${picked ? ' picked' : ''}`}
      transform={`translate(${cx},${cy})`}
      style={{ ['--identity' as string]: colour }}
      onFocus={() => focusPoint(index)}
      onBlur={() => setHighlight(null)}
      onKeyDown={onKeyDown}
    >
      <circle className="hit" r={14} />
      <circle className="focus-ring" r={15} />
      {flagged && <circle className="flag-ring" r={19} />}
      {picked && <circle className="pick-ring" r={17} />}
      <path className="symbol" d={identityShape(identityId, symbolArea)} />
    </g>
  );
});
