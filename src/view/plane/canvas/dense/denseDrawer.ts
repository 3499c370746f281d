/**
 * The plane of a dense scene, drawn by the frame loop without React: three canvas layers, the
 * points' handles and their gradient hooks, each redrawn only as far as a frame changed them.
 *
 * - base: every point's symbol but the one that moves and the one in hand;
 * - marks: the lines and arrows that did not change;
 * - live: what a frame moves, cleared and drawn every frame: the moving point, its lines and its
 *   margin circle, the arrows of the points whose gradient it changes, the labels in hand.
 *
 * While one point moves (a drag, a held arrow key), a frame draws only the live layer: with the
 * contrastive loss a point's move changes its own gradient and those of the partners it pulls or
 * pushes, a handful in a thousand. When a new partner starts to feel it, or anything else changes
 * (the margin, the view, a training step), the layers below are drawn again.
 */
import { lossOf } from '../../../../engine';
import type { Evaluation } from '../../../../scene/evaluation';
import { movedPoint, type Scene } from '../../../../scene/model';
import type { Highlight } from '../../../../scene/store/store';
import { pairSummary } from '../../../kit/pairSummary';
import type { Frame } from '../../../frame/frameLoop';
import { circlePoints } from '../../geometry/crowding';
import { densePairs } from '../density';
import {
  clearLayer,
  drawArrows,
  drawCircles,
  drawFlags,
  drawLabels,
  drawLines,
  drawPointInHand,
  drawSymbols,
  type CanvasLook,
} from '../drawMarks';
import { layoutPlane, type PlaneLayout } from '../../geometry/layout';
import { pointLabelSpots } from '../../marks/PointLabels';
import type { PlaneScales } from '../../geometry/scales';
import { createGradientHooks } from './gradientHooks';
import { feelsMove, sameButPositions, samePointsBut } from './frameChanges';
import { createPointHandles, type HandleActions, type HandleLooks } from './pointHandles';

/** What the plane's React side decides and the drawer draws with; it changes rarely. */
export interface DenseProps {
  readonly scales: PlaneScales;
  readonly arrowScale: number;
  readonly look: CanvasLook;
  readonly highlight: Highlight;
  readonly selected: number | null;
  readonly activePoint: number | null;
  readonly pickFirst: number | null;
  readonly hardNegatives: boolean;
  readonly shown: { readonly circles: boolean; readonly lines: boolean; readonly labels: boolean };
  /** Points an overlay marks, which keep their labels. */
  readonly marked: readonly number[];
}

export interface DenseElements {
  readonly base: HTMLCanvasElement;
  readonly marks: HTMLCanvasElement;
  readonly live: HTMLCanvasElement;
  readonly handles: SVGGElement;
  readonly hooks: HTMLElement;
}

export interface DenseDrawer {
  /** Draws a frame (the latest one, when null) with the props given (the last ones, when absent). */
  draw(frame: Frame | null, props?: DenseProps): void;
  /** Where every point and arrow was last drawn, px, for the press handler. */
  layout(): PlaneLayout | null;
  destroy(): void;
}

const inHand = (highlight: Highlight) => (highlight?.kind === 'point' ? highlight.index : -1);

export function createDenseDrawer(elements: DenseElements, actions: HandleActions): DenseDrawer {
  const context = (canvas: HTMLCanvasElement) => canvas.getContext('2d')!;
  const [base, marks, live] = [elements.base, elements.marks, elements.live].map(context) as [
    CanvasRenderingContext2D,
    CanvasRenderingContext2D,
    CanvasRenderingContext2D,
  ];
  const handles = createPointHandles(elements.handles, actions);
  const hooks = createGradientHooks(elements.hooks);
  let frame: Frame | null = null;
  let props: DenseProps | null = null;
  let layout: PlaneLayout | null = null;
  let looks: HandleLooks | null = null;
  /** What the two lower layers show: drawn for this scene and props, leaving out `moving`. */
  let below: {
    readonly scene: Scene;
    readonly evaluation: Evaluation;
    readonly props: DenseProps;
    readonly moving: number;
    /** Points whose arrows are on the live layer, not the marks layer. */
    readonly liveArrows: Set<number>;
  } | null = null;

  /** What the base layer was drawn from: the symbols change with nothing else. */
  let baseDrawn: {
    readonly points: Scene['points'];
    readonly colours: Scene['colours'];
    readonly scales: PlaneScales;
    readonly palette: CanvasLook['palette'];
    readonly symbolArea: number;
    readonly ratio: number;
    readonly lit: number;
    readonly moving: number;
  } | null = null;

  /**
   * The base layer: every symbol but the moving point's and the one in hand. A new margin, τ or
   * loss, new numbers from the worker, a new arrow scale or labels move no symbol: then it stays.
   */
  const drawBase = (evaluation: Evaluation, moving: number) => {
    const { points, colours } = evaluation.scene;
    const { scales, look, highlight } = props!;
    const lit = inHand(highlight);
    if (
      baseDrawn &&
      samePointsBut(baseDrawn.points, points, moving) &&
      baseDrawn.colours === colours &&
      baseDrawn.scales === scales &&
      baseDrawn.palette === look.palette &&
      baseDrawn.symbolArea === look.symbolArea &&
      baseDrawn.ratio === look.ratio &&
      baseDrawn.lit === lit &&
      baseDrawn.moving === moving
    )
      return;
    clearLayer(base, look);
    drawSymbols(base, evaluation, layout!, look, (i) => i === moving || i === lit);
    const { palette, symbolArea, ratio } = look;
    baseDrawn = { points, colours, scales, palette, symbolArea, ratio, lit, moving };
  };

  /** The marks layer: the lines that do not touch the moving point, the arrows not live. */
  const drawMarks = (evaluation: Evaluation, moving: number, liveArrows: Set<number>) => {
    const { look, shown } = props!;
    clearLayer(marks, look);
    if (shown.lines) {
      const lines = densePairs(evaluation, props!).filter(
        (p) => evaluation.pairs.first[p] !== moving && evaluation.pairs.second[p] !== moving,
      );
      drawLines(marks, evaluation, layout!, lines, look);
    }
    drawArrows(marks, layout!, look, (i) => !liveArrows.has(i));
  };

  const drawLive = (evaluation: Evaluation, moving: number, liveArrows: Set<number>) => {
    const { look, shown, highlight, selected, activePoint, marked } = props!;
    const lit = inHand(highlight);
    clearLayer(live, look);
    const stats = pairSummary(evaluation);
    if (shown.circles) {
      const circles = circlePoints(evaluation, { highlight, selected, active: activePoint }, true);
      drawCircles(live, evaluation, stats.marginState, layout!, circles, look);
    }
    if (shown.lines && moving >= 0) {
      drawLines(live, evaluation, layout!, densePairs(evaluation, props!, moving), look);
    }
    drawArrows(live, layout!, look, (i) => liveArrows.has(i));
    if (moving >= 0 && moving !== lit)
      drawSymbols(live, evaluation, layout!, look, (i) => i !== moving);
    if (stats.coincident.length > 0) {
      const flagged = stats.coincident.flatMap((p) => [
        evaluation.pairs.first[p]!,
        evaluation.pairs.second[p]!,
      ]);
      drawFlags(live, layout!, flagged, look);
    }
    if (lit >= 0 && lit < evaluation.scene.points.length)
      drawPointInHand(live, evaluation, layout!, lit, look);
    if (shown.labels) {
      const spots = pointLabelSpots(evaluation, layout!, {
        keep: [lit, activePoint ?? -1, ...marked],
        style: look.labelStyle,
        show: true,
      });
      drawLabels(
        live,
        spots.labels.map(({ point, spot }) => ({
          ...spot,
          text: evaluation.scene.points[point]!.label,
        })),
        look,
      );
    }
  };

  const handleLooks = (evaluation: Evaluation): HandleLooks => {
    const { coincident } = pairSummary(evaluation);
    const flagged = new Set(
      coincident.flatMap((p) => [evaluation.pairs.first[p]!, evaluation.pairs.second[p]!]),
    );
    const lit = inHand(props!.highlight);
    const picked = props!.pickFirst;
    const same =
      looks !== null &&
      looks.lit === lit &&
      looks.picked === picked &&
      looks.flagged.size === flagged.size &&
      [...flagged].every((i) => looks!.flagged.has(i));
    if (!same) looks = { lit, picked, flagged };
    return looks!;
  };

  const draw = () => {
    if (!frame || !props) return;
    const { evaluation, state } = frame;
    const { scene } = evaluation;
    layout = layoutPlane(evaluation, props.scales, props.arrowScale);
    const pairTerms = lossOf(evaluation.objective).pairTerms;
    // Is this frame one point's move since the layers below were drawn? (Under the contrastive
    // loss a new evaluation of the same scene changes every arrow. Under the others every arrow
    // is live anyway, and their lines are drawn again below whenever the numbers are new.)
    const moved =
      below &&
      below.props === props &&
      (below.evaluation === evaluation || below.scene !== scene || !pairTerms) &&
      sameButPositions(below.scene, scene)
        ? movedPoint(below.scene, scene)
        : -2;
    let moving = -1;
    if (moved === -1) moving = below!.moving;
    else if (moved >= 0) {
      moving = moved;
      // Another point than the one left out below has moved: its old marks are down there.
      if (below!.moving !== moved) below = null;
    } else below = null;
    // Whose arrows a frame changes: under the contrastive loss the moving point's and its
    // partners'; under the others every point's, but only when their numbers are new (a large
    // scene's come from the worker a few times a second), so between those only the mover's.
    const feeling =
      moving < 0
        ? new Set<number>()
        : pairTerms
          ? feelsMove(evaluation, moving, false)
          : new Set([moving]);
    if (!below) {
      drawBase(evaluation, moving);
      const liveArrows = pairTerms && moving >= 0 ? feelsMove(evaluation, moving, true) : feeling;
      drawMarks(evaluation, moving, liveArrows);
      below = { scene, evaluation, props, moving, liveArrows };
    } else if (!pairTerms && below.evaluation.activeScene !== evaluation.activeScene) {
      // New triplet or InfoNCE numbers move every arrow and line share: the marks layer follows
      // them, and the symbols, which only move with their points, stay.
      drawMarks(evaluation, moving, below.liveArrows);
      below = { ...below, evaluation };
    } else if ([...feeling].some((i) => !below!.liveArrows.has(i))) {
      // The point has reached partners the marks layer still holds: it is drawn again without.
      const liveArrows = new Set([...feeling, ...feelsMove(evaluation, moving, true)]);
      drawMarks(evaluation, moving, liveArrows);
      below = { ...below, liveArrows };
    }
    drawLive(evaluation, moving, below.liveArrows);
    handles.sync(scene.points, layout, handleLooks(evaluation), !state.gesturing);
    // While a hand is on the page the hooks of the points it changes follow; all at its end.
    hooks.write(
      scene.points,
      evaluation.gradX,
      evaluation.gradY,
      state.gesturing ? below.liveArrows : null,
    );
  };

  return {
    draw(next, nextProps) {
      if (next) frame = next;
      if (nextProps) props = nextProps;
      draw();
    },
    layout: () => layout,
    destroy() {
      handles.destroy();
      hooks.destroy();
    },
  };
}
