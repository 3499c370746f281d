/**
 * A preset's thumbnail: its points fitted into a small box, one SVG path of dots per identity so
 * even a thousand points cost a handful of elements. Worked out once per scene and kept.
 */
import { identitiesOf } from '../../../scene/compile';
import type { Scene } from '../../../scene/model';
import { paletteColour } from '../../../scene/palette';

export const PREVIEW_WIDTH = 72;
export const PREVIEW_HEIGHT = 56;
const PADDING = 5;

export interface PreviewDots {
  readonly colour: string;
  /** Every dot of one identity as a single path of circles. */
  readonly d: string;
}

/** Dots shrink as points multiply, so a crowd still shows its shape rather than a blot. */
function dotRadius(count: number): number {
  if (count > 200) return 0.9;
  if (count > 30) return 1.6;
  return 2.6;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A circle drawn as two arcs: SVG paths have no circle command. */
function circlePath(x: number, y: number, r: number): string {
  return `M${round1(x - r)},${round1(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

export function previewDots(scene: Scene): readonly PreviewDots[] {
  const { points } = scene;
  let [xLow, xHigh, yLow, yHigh] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    [xLow, xHigh] = [Math.min(xLow, x), Math.max(xHigh, x)];
    [yLow, yHigh] = [Math.min(yLow, y), Math.max(yHigh, y)];
  }
  const r = dotRadius(points.length);
  const room = PADDING + r;
  // One scale for both axes, so the thumbnail keeps the scene's shape; it spans at least a
  // quarter of the margin, so points crowded onto one spot stay a spot in the middle.
  const least = scene.margin / 4;
  const spans = [
    Math.max(xHigh - xLow, least) / (PREVIEW_WIDTH - 2 * room),
    Math.max(yHigh - yLow, least) / (PREVIEW_HEIGHT - 2 * room),
  ];
  const unitsPerPixel = Math.max(...spans) || 1;
  const cx = (xLow + xHigh) / 2;
  const cy = (yLow + yHigh) / 2;
  const identities = identitiesOf(scene);
  const paths = identities.map(() => [] as string[]);
  const idOf = new Map(identities.map((name, id) => [name, id]));
  for (const { x, y, identity } of points) {
    paths[idOf.get(identity)!]!.push(
      circlePath(
        PREVIEW_WIDTH / 2 + (x - cx) / unitsPerPixel,
        // Screen y grows downwards; the plane's grows upwards.
        PREVIEW_HEIGHT / 2 - (y - cy) / unitsPerPixel,
        r,
      ),
    );
  }
  return identities.map((name, id) => ({
    colour: scene.colours?.[name] ?? paletteColour(id),
    d: paths[id]!.join(''),
  }));
}

const cache = new WeakMap<Scene, readonly PreviewDots[]>();

/** The preview of a scene, computed the first time it is asked for. */
export function cachedPreviewDots(scene: Scene): readonly PreviewDots[] {
  let dots = cache.get(scene);
  if (!dots) {
    dots = previewDots(scene);
    cache.set(scene, dots);
  }
  return dots;
}
