/**
 * The points of a dense scene as the page's hooks and the keyboard know them: one invisible,
 * focusable SVG group per point (`point-<label>`, CONTRACT.md section 2), kept by the frame loop
 * rather than React, so a drag rewrites the one handle that moved and not a thousand. Focus and
 * keys are heard once, on the container, for every handle.
 */
import type { ScenePoint } from '../../../../scene/model';
import type { PlaneLayout } from '../../geometry/layout';

const SVG = 'http://www.w3.org/2000/svg';

/** Arrow keys move a focused point 0.01, with Shift 0.1 (CONTRACT.md section 2); up is +y. */
export const KEY_DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** What a handle's keys and focus do, as the SVG marks' PointMark does. */
export interface HandleActions {
  nudgePoint(index: number, dx: number, dy: number): void;
  deletePoint(index: number): void;
  focusPoint(index: number): void;
  blurPoint(): void;
}

/** How each handle looks: which one is lit, picked for a pair, or flagged. */
export interface HandleLooks {
  readonly lit: number;
  readonly picked: number | null;
  readonly flagged: ReadonlySet<number>;
}

export interface PointHandles {
  /**
   * Brings every handle in line with the points and where they are drawn, touching only those
   * whose point changed since the last call (the one a drag moves) or whose look changed. Their
   * hooks (data-x, data-y, the label) follow every call; their places on screen only when
   * `placeNow` (no gesture under way), or when a handle shows a keyboard focus ring.
   */
  sync(
    points: readonly ScenePoint[],
    layout: PlaneLayout,
    looks: HandleLooks,
    placeNow: boolean,
  ): void;
  destroy(): void;
}

function createHandle(index: number): SVGGElement {
  const handle = document.createElementNS(SVG, 'g');
  handle.setAttribute('tabindex', '0');
  handle.setAttribute('role', 'button');
  handle.setAttribute('aria-roledescription', 'draggable point');
  handle.dataset.index = String(index);
  for (const [name, r] of [
    ['hit', 14],
    ['focus-ring', 15],
    ['pick-ring', 17],
  ] as const) {
    const circle = document.createElementNS(SVG, 'circle');
    circle.setAttribute('class', name);
    circle.setAttribute('r', String(r));
    handle.append(circle);
  }
  return handle;
}

export function createPointHandles(container: SVGGElement, actions: HandleActions): PointHandles {
  let handles: SVGGElement[] = [];
  let shown: (ScenePoint | undefined)[] = [];
  // Where each handle was last put, px: a view fitted anew moves them all, a drag one.
  const drawnX: number[] = [];
  const drawnY: number[] = [];
  let looks: HandleLooks = { lit: -1, picked: null, flagged: new Set() };
  let points: readonly ScenePoint[] = [];

  const indexOf = (target: EventTarget | null): number => {
    const handle = target instanceof Element ? target.closest('[data-index]') : null;
    return handle && container.contains(handle)
      ? Number((handle as SVGGElement).dataset.index)
      : -1;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const i = indexOf(event.target);
    const point = points[i];
    if (!point) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      actions.deletePoint(i);
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    const step = event.shiftKey ? 0.1 : 0.01;
    actions.nudgePoint(i, direction[0] * step, direction[1] * step);
  };
  const onFocusIn = (event: FocusEvent) => {
    const i = indexOf(event.target);
    if (i >= 0) actions.focusPoint(i);
  };
  const onFocusOut = () => actions.blurPoint();
  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);

  const className = (i: number) =>
    `point${i === looks.lit ? ' lit' : ''}${looks.flagged.has(i) ? ' flagged' : ''}${
      i === looks.picked ? ' picked' : ''
    }`;

  return {
    sync(nextPoints, layout, nextLooks, placeNow) {
      points = nextPoints;
      while (handles.length < nextPoints.length) {
        const handle = createHandle(handles.length);
        container.append(handle);
        handles.push(handle);
      }
      while (handles.length > nextPoints.length) handles.pop()!.remove();
      shown.length = nextPoints.length;
      const restyle = nextLooks !== looks;
      looks = nextLooks;
      drawnX.length = drawnY.length = nextPoints.length;
      for (let i = 0; i < nextPoints.length; i++) {
        const handle = handles[i]!;
        const point = nextPoints[i]!;
        if (restyle) handle.setAttribute('class', className(i));
        if (shown[i] !== point) {
          shown[i] = point;
          handle.dataset.testid = `point-${point.label}`;
          handle.dataset.x = String(point.x);
          handle.dataset.y = String(point.y);
          handle.setAttribute(
            'aria-label',
            `${point.label}, ${point.identity}, at x ${point.x}, y ${point.y}`,
          );
        }
        const [x, y] = [layout.px[i]!, layout.py[i]!];
        if (drawnX[i] === x && drawnY[i] === y) continue;
        // An invisible handle moved mid-drag costs the SVG a layout a frame: it follows at the
        // gesture's end, unless it shows a keyboard focus ring that should move with the point.
        if (!placeNow && !handle.matches(':focus-visible')) continue;
        drawnX[i] = x;
        drawnY[i] = y;
        handle.setAttribute('transform', `translate(${x},${y})`);
      }
    },
    destroy() {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      for (const handle of handles) handle.remove();
      handles = [];
      shown = [];
      drawnX.length = drawnY.length = 0;
    },
  };
}
