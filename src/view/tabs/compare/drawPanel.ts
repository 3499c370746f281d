/**
 * One small plane of the comparison, drawn on a canvas (three panels of 2,000 points would be
 * far too many SVG nodes): the axes through the origin, each point in its identity's colour and
 * shape, its label when the scene is small, and its arrow −∇ under the panel's loss.
 */
import { identityShape } from '../../kit/identityStyle';
import type { CanvasPalette } from '../../kit/canvasPalette';
import { arrowBarbs, type Segment } from '../../plane/geometry/geometry';
import { placeLabels } from '../../plane/geometry/labelPlacement';
import type { Viewport } from '../../plane/geometry/viewport';
import type { Gradient } from './compareLosses';
import { ARROW_PIXELS, longestGradient, panelScale } from './panelGeometry';

export interface PanelPicture {
  readonly points: readonly { readonly label: string; readonly x: number; readonly y: number }[];
  readonly identityOf: Int32Array;
  readonly colours: readonly string[];
  /** The panel's loss's gradient, or null to draw the points alone. */
  readonly gradient: Gradient | null;
  readonly view: Viewport;
  /** The panel's width and height, CSS pixels. */
  readonly side: number;
  readonly palette: CanvasPalette;
}

/** Labels are written only when they cannot pile up. */
export const LABELLED_POINTS = 12;
const FONT_SIZE = 11;

const shapes = new Map<string, Path2D>();
function shapePath(identity: number, area: number): Path2D {
  const key = `${identity}:${area}`;
  let path = shapes.get(key);
  if (!path) shapes.set(key, (path = new Path2D(identityShape(identity, area))));
  return path;
}

const barbs = new Float64Array(4);

/** Where each point and the tip of its arrow fall in the panel, CSS pixels. */
function layoutPanel({ points, gradient, view, side }: PanelPicture) {
  const scale = panelScale(view, side);
  const longest = gradient ? longestGradient(gradient.gradX, gradient.gradY).length : 0;
  const reach = longest > 0 ? ARROW_PIXELS / longest : 0;
  return points.map(({ x, y }, i): Segment => {
    const x1 = scale.x(x);
    const y1 = scale.y(y);
    if (!gradient || reach === 0) return { x1, y1, x2: x1, y2: y1 };
    // −∇L: along x as is; along y flipped, because screen y grows downwards.
    return { x1, y1, x2: x1 - gradient.gradX[i]! * reach, y2: y1 + gradient.gradY[i]! * reach };
  });
}

const ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;
const BASELINE = { auto: 'alphabetic', central: 'middle', hanging: 'top' } as const;

/** Draws the panel into `context`, whose transform already maps CSS pixels. */
export function drawPanel(context: CanvasRenderingContext2D, picture: PanelPicture): void {
  const { points, identityOf, colours, view, side, palette } = picture;
  const scale = panelScale(view, side);
  const arrows = layoutPanel(picture);
  context.clearRect(0, 0, side, side);

  context.strokeStyle = palette.resting;
  context.lineWidth = 1;
  context.setLineDash([3, 4]);
  context.beginPath();
  context.moveTo(scale.x(0), 0);
  context.lineTo(scale.x(0), side);
  context.moveTo(0, scale.y(0));
  context.lineTo(side, scale.y(0));
  context.stroke();
  context.setLineDash([]);

  const area = points.length <= LABELLED_POINTS ? 64 : points.length <= 100 ? 28 : 12;
  context.lineWidth = 1.2;
  context.strokeStyle = palette.halo;
  arrows.forEach(({ x1, y1 }, i) => {
    const id = identityOf[i]!;
    context.save();
    context.translate(x1, y1);
    context.fillStyle = colours[id]!;
    const path = shapePath(id, area);
    context.fill(path);
    if (area > 12) context.stroke(path);
    context.restore();
  });

  drawArrows(context, arrows, palette.ink);
  if (points.length <= LABELLED_POINTS) drawLabels(context, picture, arrows);
}

/** Every arrow longer than a pixel: shafts and heads in one stroke. */
function drawArrows(context: CanvasRenderingContext2D, arrows: readonly Segment[], ink: string) {
  const path = new Path2D();
  for (const { x1, y1, x2, y2 } of arrows) {
    if (!arrowBarbs(x1, y1, x2, y2, 6, barbs)) continue;
    path.moveTo(x1, y1);
    path.lineTo(x2, y2);
    path.moveTo(barbs[0]!, barbs[1]!);
    path.lineTo(x2, y2);
    path.lineTo(barbs[2]!, barbs[3]!);
  }
  context.strokeStyle = ink;
  context.lineWidth = 1.5;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.stroke(path);
}

/** Labels placed clear of the points, each other and, as far as they can, the arrows. */
function drawLabels(
  context: CanvasRenderingContext2D,
  { points, palette }: PanelPicture,
  arrows: readonly Segment[],
) {
  const spots = placeLabels(
    arrows.map(({ x1, y1 }, i) => ({ x: x1, y: y1, text: points[i]!.label })),
    arrows,
    { offset: 7, fontSize: FONT_SIZE, pointRadius: 4 },
  );
  context.font = `600 ${FONT_SIZE}px system-ui, sans-serif`;
  context.lineWidth = 3;
  context.lineJoin = 'round';
  spots.forEach((spot, i) => {
    context.textAlign = ALIGN[spot.anchor];
    context.textBaseline = BASELINE[spot.baseline];
    context.strokeStyle = palette.halo;
    context.strokeText(points[i]!.label, spot.x, spot.y);
    context.fillStyle = palette.ink;
    context.fillText(points[i]!.label, spot.x, spot.y);
  });
}
