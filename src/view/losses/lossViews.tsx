/**
 * The view side of the loss registry (the engine's is src/engine/losses/registry.ts): for each
 * loss, what the figure shows of it. The plane draws the active loss's overlay, the slider row
 * shows its knob, the first tab its table, and the legend and the text description use its
 * words. Nothing else in the page asks which loss is active. The three losses that ship register
 * here; another registers from its own folder with `registerLossView`.
 */
import type { ComponentType } from 'react';
import { CONTRASTIVE, DEFAULT_LOSS, INFONCE, isLossId, TRIPLET, type LossId } from '../../engine';
import type { Evaluation } from '../../scene/evaluation';
import type { ChosenTerm, Highlight } from '../../scene/store/store';
import type { PlaneBasis } from '../plane/geometry/layout';
import type { LegendMark, LegendSettings } from '../legend/marks';
import type { PointLabelSpots } from '../plane/marks/PointLabels';
import { CONTRASTIVE_VIEW } from './contrastive/view';
import { INFONCE_VIEW } from './infonce/view';
import { TRIPLET_VIEW } from './triplet/view';

/** What an overlay gets: the evaluation, where each point is drawn, and the chosen anchor. */
export interface OverlayProps {
  readonly plane: PlaneBasis;
  /** The point the user picked last (clicked, dragged or focused), or null. */
  readonly active: number | null;
  /** The point labels as drawn, which the overlay's own words keep clear of. */
  readonly labels: PointLabelSpots;
}

/** What the overlay's choice of points depends on. */
export interface InHand {
  /** The point picked last, or null. */
  readonly active: number | null;
  readonly highlight: Highlight;
  /** The term chosen in the loss's table (a triplet), if any. */
  readonly chosen: ChosenTerm | null;
}

export interface LossView {
  /** The first tab's content: the loss's table of terms. */
  readonly Panel: ComponentType;
  /** The knob's slider under the plane. */
  readonly Control: ComponentType;
  /** Extra marks on the plane, above the pair lines; null for none. */
  readonly Overlay: ComponentType<OverlayProps> | null;
  /** The first tab's name. */
  readonly tab: string;
  /** What the landscape of point `label` shows under this loss, in a sentence or two. */
  readonly landscapeNote: (label: string) => string;
  /** The points the overlay marks, whose labels are always shown (the triplet, the anchor). */
  readonly markedPoints: (evaluation: Evaluation, inHand: InHand) => number[];
  /** What each mark on the plane means under this loss, as the legend lists them. */
  readonly legend: (settings: LegendSettings) => LegendMark[];
  /** A line under the legend's marks while pair lines are shown, or null. */
  readonly legendNote: string | null;
  /**
   * What the loss's own marks show when no point is chosen, for the plane's text description;
   * null to describe the pairs inside the margin instead.
   */
  readonly describe: ((evaluation: Evaluation) => string) | null;
}

const views = new Map<LossId, LossView>();

/** Gives a registered loss its view: its table, knob, overlay and words. Returns its undoing. */
export function registerLossView(id: LossId, view: LossView): () => void {
  if (!isLossId(id)) throw new Error(`No loss "${id}" is registered in the engine.`);
  views.set(id, view);
  return () => views.delete(id);
}

registerLossView(CONTRASTIVE.id, CONTRASTIVE_VIEW);
registerLossView(TRIPLET.id, TRIPLET_VIEW);
registerLossView(INFONCE.id, INFONCE_VIEW);

/** The view of a loss; a loss without one is shown as the default loss. */
export const lossView = (id: LossId): LossView => views.get(id) ?? views.get(DEFAULT_LOSS)!;
