/**
 * A text description of the plane for people who cannot see it: who is where, each point's
 * nearest neighbour, and which pairs are doing work. Summaries, not lists, once a scene is large:
 * 2,000 points have 2 million pairs and nobody wants them read aloud.
 */
import { lossOf } from '../../engine';
import type { Evaluation } from '../../scene/evaluation';
import { knobValue } from '../../scene/model';
import { isCrowded } from '../plane/geometry/crowding';
import { counted, fixed2 } from '../kit/format';
import { marksInWords } from '../legend/legendMarks';
import { knobText } from '../losses/knobText';
import { lossView } from '../losses/lossViews';
import type { ShownMarks } from '../plane/shownMarks';

/** Points and pairs listed one by one up to these counts; beyond them, counts only. */
export const LISTED = { points: 30, pairs: 12 } as const;

export interface PlaneDescription {
  readonly overview: string;
  /** What the marks on the plane mean under the loss in use, as the legend says it. */
  readonly marks: string;
  readonly people: readonly string[];
  readonly neighbours: readonly string[];
  readonly neighbourSummary: string;
  /**
   * What pushes: for the contrastive loss the pairs inside the margin; for the triplet loss the
   * triplet the plane shows; for InfoNCE the anchor the plane shows and its angles.
   */
  readonly pushing: string;
  readonly pulling: string;
}

/** The nearest other point of each point, by brute force: n² / 2 distances, only when asked. */
function nearestNeighbours(xs: Float64Array, ys: Float64Array): Int32Array {
  const n = xs.length;
  const nearest = new Int32Array(n).fill(-1);
  const best = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = (xs[i]! - xs[j]!) ** 2 + (ys[i]! - ys[j]!) ** 2;
      if (d < best[i]!) [best[i], nearest[i]] = [d, j];
      if (d < best[j]!) [best[j], nearest[j]] = [d, i];
    }
  }
  return nearest;
}

const listed = (names: string[], total: number) =>
  total > names.length
    ? `${names.join('; ')}; and ${(total - names.length).toLocaleString('en-US')} more`
    : names.join('; ');

export function describePlane(evaluation: Evaluation, shown: ShownMarks): PlaneDescription {
  const { scene, identities, identityOf, pairs, distance, pairLoss: loss } = evaluation;
  const { points, margin } = scene;
  const xs = Float64Array.from(points, (p) => p.x);
  const ys = Float64Array.from(points, (p) => p.y);
  const nearest = nearestNeighbours(xs, ys);
  const nameOf = (i: number) => `${points[i]!.label} (${identities[identityOf[i]!]})`;

  const people = identities.map((name, id) => {
    const members = points.flatMap((p, i) => (identityOf[i] === id ? [p.label] : []));
    return `${name}: ${counted(members.length, 'photo')}${
      members.length <= 6 ? `, ${members.join(', ')}` : ''
    }`;
  });

  let sameNearest = 0;
  const neighbours: string[] = [];
  points.forEach((p, i) => {
    const j = nearest[i]!;
    if (j < 0) return;
    if (identityOf[i] === identityOf[j]) sameNearest++;
    if (i < LISTED.points) {
      const d = Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
      neighbours.push(
        `${nameOf(i)} at (${fixed2(p.x)}, ${fixed2(p.y)}): nearest is ${nameOf(j)}, ${fixed2(d)} away`,
      );
    }
  });
  const withNeighbour = points.length > 1 ? points.length : 0;

  const pushed: string[] = [];
  const pulled: string[] = [];
  let pushCount = 0;
  let pullCount = 0;
  for (let k = 0; k < pairs.count; k++) {
    const a = points[pairs.first[k]!]!.label;
    const b = points[pairs.second[k]!]!.label;
    const words = `${a}–${b} at D ${fixed2(distance[k]!)}, loss ${fixed2(loss[k]!)}`;
    if (pairs.similar[k]) {
      if (++pullCount <= LISTED.pairs) pulled.push(words);
    } else if (distance[k]! < margin && ++pushCount <= LISTED.pairs) pushed.push(words);
  }

  const active = lossOf(evaluation.objective);
  const knob = knobValue(scene, active.knob);
  const marks = `On the plane: ${marksInWords({
    loss: evaluation.objective,
    knob,
    shown,
    crowded: isCrowded(points.length, pairs.count),
  })}`;
  const contrastivePushing =
    pushCount === 0
      ? 'No pair of different people is inside the margin: nothing is pushed apart.'
      : `${counted(pushCount, 'pair')} of different people inside the margin, pushed apart: ${listed(pushed, pushCount)}.`;

  return {
    marks,
    overview: `${counted(points.length, 'point')} of ${counted(identities.length, 'person', 'people')}, ${counted(
      pairs.count,
      'pair',
    )}, ${active.knob.name} ${knobText(active.knob, knob)}, total loss ${fixed2(evaluation.total)} (${active.name}).`,
    people,
    neighbours,
    neighbourSummary:
      withNeighbour === 0
        ? 'With one point there are no neighbours.'
        : `${sameNearest} of ${withNeighbour} points have a photo of the same person as their nearest neighbour.`,
    pushing: lossView(evaluation.objective).describe?.(evaluation) ?? contrastivePushing,
    pulling:
      pullCount === 0
        ? 'No pair of the same person: nothing is pulled together.'
        : `${counted(pullCount, 'pair')} of the same person, pulled together: ${listed(pulled, pullCount)}.`,
  };
}
