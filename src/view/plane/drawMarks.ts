/**
 * Canvas drawing for dense scenes: margin circles, pair lines, gradient arrows and the points'
 * symbols, with the same encoding as the SVG marks (see plane.css). Pure: it draws what it is
 * given into a context. Everything here is drawn for speed first: on a machine without a GPU
 * the browser rasterises it in software on every frame of a drag.
 */
import { lossOf } from '../../engine';
import type { Evaluation } from '../../scene/evaluation';
import { identityShape } from '../identityStyle';
import { MARGIN_ACTIVE, type PairStats } from '../pairStats';
import type { CanvasPalette } from './canvasPalette';
import { arrowBarbs, clipEnd, type Rect } from './geometry';
import type { PlaneLayout } from './layout';
import type { Curve } from './lineBends';
import { lineWidth } from './PairLinks';

export interface DenseMarks {
  readonly evaluation: Evaluation;
  readonly stats: PairStats;
  readonly layout: PlaneLayout;
  readonly pixelsPerUnit: number;
  /** Pairs to draw as lines. */
  readonly pairs: readonly number[];
  /** Where each of those lines goes, bowed where lines overlap (pairCurves.ts); null off view. */
  readonly curves: readonly (Curve | null)[];
  /** Points whose margin circles to draw. */
  readonly circles: readonly number[];
  readonly view: Rect;
  /** Area of each point's symbol, px². */
  readonly symbolArea: number;
  /** The highlighted point, drawn with a dark outline, or -1. */
  readonly highlighted: number;
  /** Points of coincident dissimilar pairs, ringed. */
  readonly flagged: ReadonlySet<number>;
  /** Device pixels per CSS pixel, for crisp symbols. */
  readonly ratio: number;
  /** A layer holding every point but the highlighted one (see drawRestingPoints). */
  readonly restingPoints: CanvasImageSource;
  /** The theme's colours. */
  readonly palette: CanvasPalette;
}

/** Scratch space for arrow heads, reused for every arrow. */
const barbs = new Float64Array(4);
/** The opacity of pair lines that are context rather than terms of the loss. */
const CONTEXT_ALPHA = 0.3;

/** Each identity's symbol as a Path2D, made once per shape and size. */
const symbols = new Map<string, Path2D>();
function symbolPath(identity: number, area: number): Path2D {
  const key = `${identity}:${area}`;
  let path = symbols.get(key);
  if (!path) {
    path = new Path2D(identityShape(identity, area));
    symbols.set(key, path);
  }
  return path;
}

/**
 * Each identity's symbol rasterised once (fill and white outline) at a given size and pixel
 * ratio; the points are then stamped with drawImage, much cheaper than filling a thousand paths.
 */
let sprites: { key: string; byLook: Map<string, HTMLCanvasElement> } = {
  key: '',
  byLook: new Map(),
};
function symbolSprite(
  identity: number,
  colour: string,
  area: number,
  ratio: number,
  halo: string,
): HTMLCanvasElement {
  const key = `${area}:${ratio}:${halo}`;
  if (sprites.key !== key) sprites = { key, byLook: new Map() };
  const look = `${identity}:${colour}`;
  let sprite = sprites.byLook.get(look);
  if (!sprite) {
    const side = spriteSide(area);
    sprite = document.createElement('canvas');
    sprite.width = sprite.height = Math.ceil(side * ratio);
    const context = sprite.getContext('2d')!;
    context.scale(ratio, ratio);
    context.translate(side / 2, side / 2);
    const path = symbolPath(identity, area);
    context.fillStyle = colour;
    context.strokeStyle = halo;
    context.lineWidth = 1.5;
    context.fill(path);
    context.stroke(path);
    sprites.byLook.set(look, sprite);
  }
  return sprite;
}

/** Room for a symbol of this area and its outline: the star, the widest shape, reaches ~1.1√area. */
const spriteSide = (area: number) => Math.ceil(2.4 * Math.sqrt(area)) + 4;

export function drawMarks(context: CanvasRenderingContext2D, marks: DenseMarks): void {
  const { evaluation, stats, layout, view, palette } = marks;
  const { pairs, pairShare: loss, identityOf, identityColours, scene } = evaluation;
  const { px, py } = layout;
  context.clearRect(view.left, view.top, view.right - view.left, view.bottom - view.top);
  context.lineCap = 'round';

  const radius = scene.margin * marks.pixelsPerUnit;
  for (const i of marks.circles) {
    const active = stats.marginState[i] === MARGIN_ACTIVE;
    context.setLineDash(active ? [] : [4, 6]);
    context.strokeStyle = active ? identityColours[identityOf[i]!]! : palette.resting;
    context.lineWidth = active ? 2.5 : 1.5;
    context.beginPath();
    context.arc(px[i]!, py[i]!, radius, 0, 2 * Math.PI);
    context.stroke();
  }

  // Faint under a loss that is not a sum of pair terms, as in PairLinks.
  context.globalAlpha = lossOf(evaluation.objective).pairTerms ? 1 : CONTEXT_ALPHA;
  marks.pairs.forEach((p, k) => {
    const line = marks.curves[k];
    if (!line) return;
    const i = pairs.first[p]!;
    const similar = pairs.similar[p] === 1;
    const resting = loss[p] === 0;
    context.setLineDash(similar ? [] : resting ? [1, 6] : [9, 7]);
    context.strokeStyle = similar
      ? identityColours[identityOf[i]!]!
      : resting
        ? palette.resting
        : palette.dissimilar;
    context.lineWidth = resting ? 1.5 : lineWidth(loss[p]!);
    context.beginPath();
    context.moveTo(line.x1, line.y1);
    context.quadraticCurveTo(line.cx, line.cy, line.x2, line.y2);
    context.stroke();
  });

  context.globalAlpha = 1;
  context.setLineDash([]);
  drawPoints(context, marks);
  drawArrows(context, layout, view, palette.ink);
}

/**
 * Every point's arrow: all shafts in one stroke and all heads in one fill. Filled heads, butt
 * caps and no white casing keep a thousand arrows cheap to rasterise; in a dense scene the
 * symbols are small enough not to need the casing.
 */
function drawArrows(
  context: CanvasRenderingContext2D,
  layout: PlaneLayout,
  view: Rect,
  ink: string,
) {
  const { px, py, tipX, tipY } = layout;
  const shafts = new Path2D();
  const heads = new Path2D();
  for (let i = 0; i < px.length; i++) {
    const tip = clipEnd({ x1: px[i]!, y1: py[i]!, x2: tipX[i]!, y2: tipY[i]! }, view);
    if (!arrowBarbs(tip.x1, tip.y1, tip.x2, tip.y2, 7, barbs)) continue;
    shafts.moveTo(tip.x1, tip.y1);
    shafts.lineTo(tip.x2, tip.y2);
    heads.moveTo(barbs[0]!, barbs[1]!);
    heads.lineTo(tip.x2, tip.y2);
    heads.lineTo(barbs[2]!, barbs[3]!);
  }
  context.lineCap = 'butt';
  // Softer than the small scenes' arrows: hundreds of them would otherwise hide the points.
  context.strokeStyle = ink;
  context.fillStyle = ink;
  context.globalAlpha = 0.6;
  context.lineWidth = 1.5;
  context.stroke(shafts);
  context.fill(heads);
  context.globalAlpha = 1;
}

/**
 * Every point but the highlighted one, stamped into `context` (a layer the size of the plot). The
 * layer can be kept while only the highlighted point moves, as in a drag.
 */
export function drawRestingPoints(
  context: CanvasRenderingContext2D,
  marks: Omit<DenseMarks, 'restingPoints'>,
): void {
  const { layout, evaluation, symbolArea, highlighted, ratio, palette } = marks;
  const { px, py } = layout;
  const side = spriteSide(symbolArea);
  for (let i = 0; i < px.length; i++) {
    if (i === highlighted) continue;
    const id = evaluation.identityOf[i]!;
    const sprite = symbolSprite(
      id,
      evaluation.identityColours[id]!,
      symbolArea,
      ratio,
      palette.halo,
    );
    context.drawImage(sprite, px[i]! - side / 2, py[i]! - side / 2, side, side);
  }
}

function drawPoints(context: CanvasRenderingContext2D, marks: DenseMarks) {
  const { layout, evaluation, symbolArea, highlighted, flagged, restingPoints, view, palette } =
    marks;
  const { px, py } = layout;
  context.drawImage(
    restingPoints,
    view.left,
    view.top,
    view.right - view.left,
    view.bottom - view.top,
  );
  context.setLineDash([4, 3]);
  context.strokeStyle = palette.push;
  context.lineWidth = 2.5;
  for (const i of flagged) {
    context.beginPath();
    context.arc(px[i]!, py[i]!, Math.sqrt(symbolArea) * 0.9, 0, 2 * Math.PI);
    context.stroke();
  }
  context.setLineDash([]);
  if (highlighted >= 0 && highlighted < px.length) {
    // The highlighted point last, on top, larger and outlined in ink.
    const id = evaluation.identityOf[highlighted]!;
    context.save();
    context.translate(px[highlighted]!, py[highlighted]!);
    context.fillStyle = evaluation.identityColours[id]!;
    context.strokeStyle = palette.ink;
    context.lineWidth = 2.5;
    const path = symbolPath(id, Math.max(symbolArea, 120));
    context.fill(path);
    context.stroke(path);
    context.restore();
  }
}
