/**
 * The yardstick the comparison's tests measure against: the textbook losses
 * (src/testing/referenceLosses.ts), read from a scene.
 */
import type { Scene } from '../scene/model';
import { contrastive, infoNce, pairsByLabel, triplet } from './referenceLosses';

/** The contrastive loss over the pairs listed by label. */
export const referenceContrastive = (scene: Scene, pairs: readonly (readonly [string, string])[]) =>
  contrastive(scene.points, pairsByLabel(scene.points, pairs), scene.margin).total;

export const referenceTriplet = (scene: Scene) => triplet(scene.points, scene.margin).total;

export const referenceInfoNce = (scene: Scene, tau: number) => infoNce(scene.points, tau).total;
