/**
 * What the frame benchmark measures: each gesture (a drag, or the margin slider swept), the loss
 * and the article section it runs with, and the scene of that many points it runs on.
 */
import { defaultScene } from '../src/scene/defaultScene';
import { generateScene } from '../src/scene/generate';
import type { Scene } from '../src/scene/model';

export interface FrameScenario {
  readonly name: string;
  readonly points: number;
  readonly action: 'drag' | 'margin';
  readonly loss?: 'triplet' | 'infonce';
  /**
   * An article section: the page opens the article there (#margin), and the gesture runs on the
   * section's own scene beside its text. Otherwise the lab opens on the scene.
   */
  readonly section?: string;
}

export const SCENARIOS: readonly FrameScenario[] = [
  { name: 'drag, 4 points', points: 4, action: 'drag' },
  { name: 'drag, 200 points', points: 200, action: 'drag' },
  { name: 'drag, 1,000 points', points: 1000, action: 'drag' },
  { name: 'drag, 2,000 points', points: 2000, action: 'drag' },
  { name: 'margin slider, 1,000 points', points: 1000, action: 'margin' },
  {
    name: 'article: drag beside the margin section',
    points: 6,
    action: 'drag',
    section: 'margin',
  },
  { name: 'triplet drag, 1,000 points', points: 1000, action: 'drag', loss: 'triplet' },
  { name: 'InfoNCE drag, 1,000 points', points: 1000, action: 'drag', loss: 'infonce' },
];

/** The worked example for 4 points, otherwise a generated crowd: the same scene on every run. */
export function sceneOf({ points, loss }: FrameScenario): Scene {
  const base: Scene =
    points === 4
      ? { ...defaultScene, pairs: 'all' }
      : (() => {
          const generated = generateScene({
            identities: points / 5,
            photos: 5,
            spread: 0.15,
            seed: 1,
          });
          if (!generated.ok) throw new Error(generated.problems.join(' '));
          return generated.value;
        })();
  return loss ? { ...base, loss } : base;
}
