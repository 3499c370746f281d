/**
 * Canvas drawing for dense scenes, one function a kind of mark, each drawing what it is given into
 * a context: the frame loop's dense drawer (dense/denseDrawer.ts) decides which marks go on which
 * layer. The encoding is the SVG marks' (see plane.css). Everything here is drawn for speed first:
 * on a machine without a GPU the browser rasterises it in software.
 */
import { lossOf } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { identityShape } from '../../kit/identityStyle';
import { MARGIN_ACTIVE } from '../../kit/pairSummary';
import type { CanvasPalette } from '../../kit/canvasPalette';
import { arrowBarbs, clipEnd, type Rect } from '../geometry/geometry';
import type { LabelStyle } from '../geometry/labelPlacement';
import type { PlaneLayout } from '../geometry/layout';
import { lineWidth } from '../marks/PairLinks';

/** What every layer is drawn with: the plot's size and scale, the symbols' size, the colours. */
export interface CanvasLook {
  readonly view: Rect;
  readonly pixelsPerUnit: number;
  /** Area of each point's symbol, px². */
  readonly symbolArea: number;
  /** Device pixels per CSS pixel, for crisp symbols. */
  readonly ratio: number;
  readonly palette: CanvasPalette;
  readonly labelStyle: LabelStyle;
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

/** Clears a layer to the plot's bounds. */
export function clearLayer(context: CanvasRenderingContext2D, look: CanvasLook): void {
  const { view, ratio } = look;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(view.left, view.top, view.right - view.left, view.bottom - view.top);
}

/** The margin circles of `circles`: solid in the identity's colour while a partner is inside. */
export function drawCircles(
  context: CanvasRenderingContext2D,
  evaluation: Evaluation,
  marginState: Uint8Array,
  layout: PlaneLayout,
  circles: Iterable<number>,
  look: CanvasLook,
): void {
  const { identityOf, identityColours, scene } = evaluation;
  const radius = scene.margin * look.pixelsPerUnit;
  for (const i of circles) {
    const active = marginState[i] === MARGIN_ACTIVE;
    context.setLineDash(active ? [] : [4, 6]);
    context.strokeStyle = active ? identityColours[identityOf[i]!]! : look.palette.resting;
    context.lineWidth = active ? 2.5 : 1.5;
    context.beginPath();
    context.arc(layout.px[i]!, layout.py[i]!, radius, 0, 2 * Math.PI);
    context.stroke();
  }
  context.setLineDash([]);
}

/**
 * The lines of `pairs`, straight (a dense scene is crowded: nothing bows), with the SVG lines'
 * colours, dashes and widths; faint under a loss that is not a sum of pair terms.
 */
export function drawLines(
  context: CanvasRenderingContext2D,
  evaluation: Evaluation,
  layout: PlaneLayout,
  pairs: Iterable<number>,
  look: CanvasLook,
): void {
  const { pairs: list, pairShare, identityOf, identityColours } = evaluation;
  const { px, py } = layout;
  context.lineCap = 'round';
  context.globalAlpha = lossOf(evaluation.objective).pairTerms ? 1 : CONTEXT_ALPHA;
  for (const p of pairs) {
    const i = list.first[p]!;
    const j = list.second[p]!;
    const similar = list.similar[p] === 1;
    const resting = pairShare[p] === 0;
    context.setLineDash(similar ? [] : resting ? [1, 6] : [9, 7]);
    context.strokeStyle = similar
      ? identityColours[identityOf[i]!]!
      : resting
        ? look.palette.resting
        : look.palette.dissimilar;
    context.lineWidth = resting ? 1.5 : lineWidth(pairShare[p]!);
    context.beginPath();
    context.moveTo(px[i]!, py[i]!);
    context.lineTo(px[j]!, py[j]!);
    context.stroke();
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
}

/**
 * The arrows of the points `include` accepts: all shafts in one stroke and all heads in one fill.
 * Filled heads, butt caps and no white casing keep a thousand arrows cheap to rasterise; in a
 * dense scene the symbols are small enough not to need the casing.
 */
export function drawArrows(
  context: CanvasRenderingContext2D,
  layout: PlaneLayout,
  look: CanvasLook,
  include: (i: number) => boolean,
): void {
  const { px, py, tipX, tipY } = layout;
  const shafts = new Path2D();
  const heads = new Path2D();
  for (let i = 0; i < px.length; i++) {
    if (!include(i)) continue;
    const tip = clipEnd({ x1: px[i]!, y1: py[i]!, x2: tipX[i]!, y2: tipY[i]! }, look.view);
    if (!arrowBarbs(tip.x1, tip.y1, tip.x2, tip.y2, 7, barbs)) continue;
    shafts.moveTo(tip.x1, tip.y1);
    shafts.lineTo(tip.x2, tip.y2);
    heads.moveTo(barbs[0]!, barbs[1]!);
    heads.lineTo(tip.x2, tip.y2);
    heads.lineTo(barbs[2]!, barbs[3]!);
  }
  context.lineCap = 'butt';
  // Softer than the small scenes' arrows: hundreds of them would otherwise hide the points.
  context.strokeStyle = look.palette.ink;
  context.fillStyle = look.palette.ink;
  context.globalAlpha = 0.6;
  context.lineWidth = 1;
  context.stroke(shafts);
  context.fill(heads);
  context.globalAlpha = 1;
}

/** Every point's symbol but those `skip` names, stamped from one sprite per identity. */
export function drawSymbols(
  context: CanvasRenderingContext2D,
  evaluation: Evaluation,
  layout: PlaneLayout,
  look: CanvasLook,
  skip: (i: number) => boolean,
): void {
  const { px, py } = layout;
  const side = spriteSide(look.symbolArea);
  for (let i = 0; i < px.length; i++) {
    if (skip(i)) continue;
    const id = evaluation.identityOf[i]!;
    const sprite = symbolSprite(
      id,
      evaluation.identityColours[id]!,
      look.symbolArea,
      look.ratio,
      look.palette.halo,
    );
    context.drawImage(sprite, px[i]! - side / 2, py[i]! - side / 2, side, side);
  }
}

/** The point in hand: larger, outlined in ink, on top of everything. */
export function drawPointInHand(
  context: CanvasRenderingContext2D,
  evaluation: Evaluation,
  layout: PlaneLayout,
  i: number,
  look: CanvasLook,
): void {
  const id = evaluation.identityOf[i]!;
  context.save();
  context.translate(layout.px[i]!, layout.py[i]!);
  context.fillStyle = evaluation.identityColours[id]!;
  context.strokeStyle = look.palette.ink;
  context.lineWidth = 2.5;
  const path = symbolPath(id, Math.max(look.symbolArea, 120));
  context.fill(path);
  context.stroke(path);
  context.restore();
}

/** Rings round the points of coincident dissimilar pairs, whose push has no direction. */
export function drawFlags(
  context: CanvasRenderingContext2D,
  layout: PlaneLayout,
  flagged: Iterable<number>,
  look: CanvasLook,
): void {
  context.setLineDash([4, 3]);
  context.strokeStyle = look.palette.push;
  context.lineWidth = 2.5;
  for (const i of flagged) {
    context.beginPath();
    context.arc(layout.px[i]!, layout.py[i]!, Math.sqrt(look.symbolArea) * 0.9, 0, 2 * Math.PI);
    context.stroke();
  }
  context.setLineDash([]);
}

/** Labels at their spots (placed by labelPlacement.ts), in the SVG labels' bold ink on a halo. */
export function drawLabels(
  context: CanvasRenderingContext2D,
  labels: Iterable<{
    readonly text: string;
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'middle' | 'end';
    readonly baseline: 'auto' | 'central' | 'hanging';
  }>,
  look: CanvasLook,
): void {
  context.font = `700 ${look.labelStyle.fontSize}px ${getComputedStyle(context.canvas).fontFamily}`;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = look.palette.halo;
  context.fillStyle = look.palette.ink;
  for (const label of labels) {
    context.textAlign = label.anchor === 'middle' ? 'center' : label.anchor;
    context.textBaseline =
      label.baseline === 'auto' ? 'alphabetic' : label.baseline === 'hanging' ? 'top' : 'middle';
    context.strokeText(label.text, label.x, label.y);
    context.fillText(label.text, label.x, label.y);
  }
}
