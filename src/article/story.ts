/**
 * The article's figure is a lesson the reader scrolls through: each section names the scene the
 * figure shows while it is in view, the few controls its text talks about, and a caption that says
 * what the figure shows then. The figure glides from one section's scene to the next as a lesson's
 * steps do (scene/lesson/glide.ts).
 */
import { MARGIN } from '../engine';
import { defaultScene } from '../scene/defaultScene';
import { tidy, withKnob, type Scene } from '../scene/model';
import { collapse, eightPeople, lookAlikes, marginTooSmall } from '../scene/presets';

/**
 * The controls a section may show beside the plane and its total: the knob's slider (the margin,
 * or τ under InfoNCE), Play/Step/Reset, the loss switcher, the landscape toggle.
 */
export type StoryControl = 'knob' | 'training' | 'loss' | 'landscape';

export interface StoryStep {
  /** The id of the section it belongs to (its element's id, and `data-story-step`). */
  readonly id: string;
  /** What the figure shows; null for a section with a figure of its own (the digits network). */
  readonly scene: Scene | null;
  readonly controls: readonly StoryControl[];
  /** One or two sentences under the figure: what it shows in this section, in plain words. */
  readonly caption: string;
}

/**
 * The collapse preset with its first photo moved three thousandths to the right. The preset's
 * three people sit in perfect rotational symmetry, and training from it stops on a ring where
 * every photo's pushes balance; nudged, Play sorts the photos into one group per person, as the
 * push section says it does.
 */
const nudgedCollapse: Scene = {
  ...collapse,
  points: collapse.points.map((point, i) =>
    i === 0 ? { ...point, x: tidy(point.x + 0.003) } : point,
  ),
};

/** The sections in the order the article tells them. */
export const STORY: readonly StoryStep[] = [
  {
    id: 'embeddings',
    scene: defaultScene,
    controls: ['knob'],
    caption:
      'Two photos of Alice (A1, A2) and two of Bob (B1, B2). Each line is a pair the loss scores; each arrow, where the loss wants the point to go.',
  },
  {
    id: 'loss',
    scene: defaultScene,
    controls: ['knob'],
    caption:
      'Point at a term of the formula and the pairs it applies to light up: solid lines pull, dashed lines push.',
  },
  {
    id: 'worked-example',
    scene: defaultScene,
    controls: ['knob'],
    caption:
      'A2 and B2 are different people only 0.8485 apart, well inside the margin: their pair carries most of the loss.',
  },
  {
    id: 'push',
    scene: nudgedCollapse,
    controls: ['training'],
    caption:
      'Nine photos of three people crowded on one spot. Press Play: only the pushes of different people spread them out.',
  },
  {
    id: 'margin',
    scene: marginTooSmall,
    controls: ['knob', 'training'],
    caption:
      'm = 0.3, and the pairs of different people wait just past it: nothing pushes them. Slide the margin up to 1 and press Play.',
  },
  {
    id: 'gradient',
    scene: withKnob(marginTooSmall, MARGIN, 1),
    controls: ['knob', 'training'],
    caption:
      'With m = 1 the different people are inside the margin again. Each arrow is a point’s negative gradient; Step moves every point along its arrow.',
  },
  {
    id: 'fine-print',
    scene: defaultScene,
    controls: [],
    caption: 'The worked example again, whose four pair losses the rounding trap adds up.',
  },
  {
    id: 'limitations',
    scene: eightPeople(),
    controls: [],
    caption:
      'Eight people, five photos each: 40 points make 780 pairs, and most pairs of different people are already past the margin.',
  },
  {
    id: 'related',
    scene: lookAlikes,
    controls: ['loss', 'knob'],
    caption:
      'Look-alikes: photos nearer someone else’s than their own person’s. Switch the loss and watch the arrows change while the points stay.',
  },
  { id: 'from-points-to-a-network', scene: null, controls: [], caption: '' },
  {
    id: 'exercises',
    scene: defaultScene,
    controls: ['knob'],
    caption: 'The worked example again, for the exercises: drag a point to check an answer.',
  },
];

/** The step of a section, by its id. */
export const storyStep = (id: string): StoryStep | undefined =>
  STORY.find((step) => step.id === id);
