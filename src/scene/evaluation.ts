/**
 * Derives the loss of a scene, memoised on the scene so every view shares one computation.
 *
 * The contrastive pair layer (every scored pair's D and L, and the counts over them) is always
 * kept: pair lines and the pair table read it whatever the loss. When the new scene differs from
 * the last one by the position of a single point (a drag or a key press), only that point's
 * pairs are recomputed (the engine's incremental update); when only the margin differs, the
 * known distances are rescored in one pass that also counts (contrastive/margin.ts); any other
 * change (points, pairs, identities) re-evaluates every pair. The active loss (registry.ts) then gives the total,
 * the gradients and each pair's share; for the contrastive loss that is the pair layer itself.
 *
 * The triplet and InfoNCE losses cost a frame or more on large scenes. Their part can then be
 * computed elsewhere (a worker, offload.ts) and handed in as `borrowed`: the evaluation keeps its
 * own pair layer for the scene it is given and takes the active loss's numbers from the newest
 * finished result, marked `pending` until that result is of this very scene.
 */
import {
  countPoint,
  countStatistics,
  createContrastiveOutput,
  createStatistics,
  evaluateContrastive,
  lossOf,
  moveContrastivePoint,
  outputOf,
  PAIR_LOSS,
  rescoreMargin,
  totalLoss,
  type ContrastiveOutput,
  type LossContext,
  type LossDefinition,
  type LossId,
  type LossOutput,
  type PairStatistics,
} from '../engine';
import { compileScene, type CompiledScene } from './compile';
import {
  knobValuesOf,
  lossIdOf,
  movedPoint,
  sameLossSettings,
  sameShape,
  type Scene,
} from './model';

export interface Evaluation extends CompiledScene {
  readonly scene: Scene;
  /**
   * Per pair, in the scene's pair order: D, and the contrastive loss L of the pair (the pair
   * layer, whichever loss is active).
   */
  readonly distance: Float64Array;
  readonly pairLoss: Float64Array;
  /** The loss the total and gradients are of. */
  readonly objective: LossId;
  /** The scene as every loss reads it (positions as flat arrays, the knobs). */
  readonly context: LossContext;
  /** Per pair: its share of the active loss's total (for the contrastive loss, `loss`). */
  readonly pairShare: Float64Array;
  /**
   * The active loss's whole output, for its own table and charts, which read it typed with
   * `activeOutput`.
   */
  readonly output: LossOutput;
  /** Per point: the gradient of the active loss's total. */
  readonly gradX: Float64Array;
  readonly gradY: Float64Array;
  readonly total: number;
  /** The contrastive loss summed over the scored pairs, whichever loss is active. */
  readonly pairTotal: number;
  /** Pairs with a non-zero contrastive loss. */
  readonly activePairs: number;
  /** Counts over the pairs, kept up to date as cheaply as the losses. */
  readonly statistics: PairStatistics;
  /** The active loss's learning rate for this scene when the scene names none. */
  readonly defaultLearningRate: number;
  /**
   * Whether the active loss's numbers (total, gradients, shares, detail) are still of an earlier
   * scene of the same shape, while this one's are computed off the main thread.
   */
  readonly pending: boolean;
  /** The scene the active loss's numbers are of: this one, or the earlier one they borrow from. */
  readonly activeScene: Scene;
}

/** The active loss's part of an evaluation, computed elsewhere for `scene`. */
export interface ActiveLoss {
  readonly scene: Scene;
  readonly total: number;
  readonly output: LossOutput;
}

/** The active loss's output, typed, when `loss` is the active loss; null otherwise. */
export const activeOutput = <Output extends LossOutput>(
  evaluation: Evaluation,
  loss: LossDefinition<Output>,
): Output | null => outputOf(loss, evaluation.objective, evaluation.output);

/** The learning rate a training step uses: the scene's own, or its loss's default. */
export const learningRateOf = (evaluation: Evaluation): number =>
  evaluation.scene.lr ?? evaluation.defaultLearningRate;

/**
 * Evaluates a scene. With `borrowed` (of a scene of the same shape and loss), the active loss's
 * numbers are taken from it instead of computed here, unless this scene is already known exactly.
 */
export type Evaluate = (scene: Scene, borrowed?: ActiveLoss) => Evaluation;

/** The arrays an evaluator keeps between calls, sized for one scene shape. */
interface Workspace {
  readonly compiled: CompiledScene;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly output: ContrastiveOutput;
  readonly statistics: PairStatistics;
  /** The active loss's output, when it is not the pair layer's; made on first use. */
  readonly others: Map<LossId, LossOutput>;
  /** The last default learning rate and the loss and knobs it was worked out for. */
  rate: { readonly key: string; readonly value: number } | null;
}

function workspaceFor(scene: Scene): Workspace {
  const compiled = compileScene(scene);
  const n = scene.points.length;
  return {
    compiled,
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    output: createContrastiveOutput(n, compiled.pairs.count),
    statistics: createStatistics(compiled.pairs, n),
    others: new Map(),
    rate: null,
  };
}

export function createEvaluator(): Evaluate {
  let last: Evaluation | undefined;
  let lastBorrowed: ActiveLoss | undefined;
  let workspace: Workspace | undefined;

  const snapshot = (scene: Scene, workspace: Workspace, borrowed?: ActiveLoss): Evaluation => {
    const { compiled, output, statistics, xs, ys } = workspace;
    const context: LossContext = {
      embedding: { xs, ys },
      identityOf: compiled.identityOf,
      pairs: compiled.pairs,
      incidence: compiled.incidence,
      knobs: knobValuesOf(scene),
    };
    const objective = lossIdOf(scene);
    const rateKey = `${objective}/${JSON.stringify(context.knobs)}`;
    if (workspace.rate?.key !== rateKey)
      workspace.rate = {
        key: rateKey,
        value: lossOf(objective).defaultLearningRate(context),
      };
    const common = {
      ...compiled,
      scene,
      distance: output.distance,
      pairLoss: output.loss,
      activePairs: output.activePairs,
      pairTotal: totalLoss(output),
      statistics,
      objective,
      context,
      defaultLearningRate: workspace.rate.value,
    };
    if (objective === PAIR_LOSS.id) {
      last = {
        ...common,
        pairShare: output.loss,
        gradX: output.gradX,
        gradY: output.gradY,
        total: common.pairTotal,
        output: { ...output, pairShare: output.loss },
        pending: false,
        activeScene: scene,
      };
      return last;
    }
    const definition = lossOf(objective);
    let active: LossOutput;
    let total: number;
    lastBorrowed = borrowed;
    if (borrowed) {
      ({ output: active, total } = borrowed);
    } else {
      active =
        workspace.others.get(objective) ??
        definition.create(xs.length, compiled.pairs.count, compiled.identityOf);
      workspace.others.set(objective, active);
      total = definition.evaluate(context, active);
    }
    last = {
      ...common,
      pending: borrowed !== undefined && borrowed.scene !== scene,
      activeScene: borrowed?.scene ?? scene,
      pairShare: active.pairShare,
      gradX: active.gradX,
      gradY: active.gradY,
      total,
      output: active,
    };
    return last;
  };

  return (scene, offered) => {
    // A borrowed result is of use only for this shape and loss, and only while this scene's own
    // numbers are not known: an exact evaluation is never replaced by a borrowed one.
    const borrowed =
      offered && sameLossSettings(offered.scene, scene) && sameShape(offered.scene, scene)
        ? offered
        : undefined;
    if (last?.scene === scene) {
      if (!last.pending || borrowed === lastBorrowed) return last;
      // A newer borrowed result, or none: the exact numbers, computed here.
      return snapshot(scene, workspace!, borrowed);
    }
    if (!last || !workspace || !sameShape(last.scene, scene)) {
      workspace = workspaceFor(scene);
    } else if (last.scene.margin !== scene.margin) {
      if (movedPoint(last.scene, scene) === -1) {
        // Only the margin moved: the distances stand; one pass rescores the pairs and the counts.
        const { xs, ys, compiled, output, statistics } = workspace;
        rescoreMargin({ xs, ys }, compiled.pairs, scene.margin, output, statistics);
        return snapshot(scene, workspace, borrowed);
      }
    } else {
      const moved = movedPoint(last.scene, scene);
      if (moved >= 0) {
        const { xs, ys, compiled, output, statistics } = workspace;
        const { pairs, incidence } = compiled;
        const { distance, loss } = output;
        countPoint(statistics, pairs, incidence, distance, loss, scene.margin, moved, -1);
        const { x, y } = scene.points[moved]!;
        moveContrastivePoint({ xs, ys }, pairs, incidence, scene.margin, moved, x, y, output);
        countPoint(statistics, pairs, incidence, distance, loss, scene.margin, moved, 1);
        return snapshot(scene, workspace, borrowed);
      }
    }
    const { xs, ys, compiled, output, statistics } = workspace;
    scene.points.forEach((point, i) => {
      xs[i] = point.x;
      ys[i] = point.y;
    });
    evaluateContrastive({ xs, ys }, compiled.pairs, scene.margin, output);
    countStatistics(statistics, compiled.pairs, output.distance, output.loss, scene.margin);
    return snapshot(scene, workspace, borrowed);
  };
}
