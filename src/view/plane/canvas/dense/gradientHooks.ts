/**
 * The `grad-<label>` hooks of CONTRACT.md section 2 for a dense scene, whose arrows are on a
 * canvas: empty elements in a hidden container that carry each point's gradient. The frame loop
 * rewrites the ones a frame changed (a drag's own point and the partners it pulls or pushes) and,
 * whenever no hand is on the page, all of them, so every hook is exact once a gesture ends.
 */
import type { ScenePoint } from '../../../../scene/model';

export interface GradientHooks {
  /** Writes the gradients of `which` points, or of all of them when it is null. */
  write(
    points: readonly ScenePoint[],
    gradX: Float64Array,
    gradY: Float64Array,
    which: Iterable<number> | null,
  ): void;
  destroy(): void;
}

export function createGradientHooks(container: HTMLElement): GradientHooks {
  let hooks: HTMLSpanElement[] = [];
  let labels: string[] = [];
  const write = (i: number, point: ScenePoint, gx: number, gy: number) => {
    const hook = hooks[i]!;
    if (labels[i] !== point.label) {
      labels[i] = point.label;
      hook.dataset.testid = `grad-${point.label}`;
    }
    hook.dataset.gx = String(gx);
    hook.dataset.gy = String(gy);
  };
  return {
    write(points, gradX, gradY, which) {
      while (hooks.length < points.length) {
        const hook = document.createElement('span');
        container.append(hook);
        hooks.push(hook);
      }
      while (hooks.length > points.length) hooks.pop()!.remove();
      labels.length = points.length;
      // New points, or points renamed or removed: every hook is rewritten.
      let all = which === null;
      for (let i = 0; !all && i < points.length; i++) all = labels[i] !== points[i]!.label;
      const indices = all || which === null ? points.keys() : which;
      for (const i of indices) if (i < points.length) write(i, points[i]!, gradX[i]!, gradY[i]!);
    },
    destroy() {
      for (const hook of hooks) hook.remove();
      hooks = [];
      labels = [];
    },
  };
}
