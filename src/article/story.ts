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
      'Two photos of Alice (A1, A2) and two of Bob (B1, B2). Each line is a pair the loss scores, and each arrow shows where the loss would move its point.',
  },
  {
    id: 'loss',
    scene: defaultScene,
    controls: [],
    caption:
      'Solid lines join photos of one person, which the loss pulls together; dashed lines join different people, pushed apart while they are closer than the margin.',
  },
  {
    id: 'worked-example',
    scene: defaultScene,
    controls: [],
    caption:
      'A2 and B2 are different people yet closer than the margin m = 1, so their pair carries 69% of the total loss.',
  },
  {
    id: 'push',
    scene: nudgedCollapse,
    controls: ['knob', 'training'],
    caption:
      'Nine photos of three people crowded on one spot: the total loss of 26 comes almost all from the 27 pairs of different people, whose pushes point every arrow outwards.',
  },
  {
    id: 'margin',
    scene: marginTooSmall,
    controls: ['knob', 'training'],
    caption:
      'The margin is too small for these six photos: all 12 pairs of different people sit just beyond it, at rest, so nothing pushes the three people apart. Slide m up to 1 and all 12 push again.',
  },
  {
    id: 'gradient',
    scene: withKnob(marginTooSmall, MARGIN, 1),
    controls: ['training', 'landscape'],
    caption:
      'With m = 1 the 12 pairs of different people push and the 3 pairs of one person pull; each arrow adds up its point’s shares. Step moves every point along its arrow.',
  },
  {
    id: 'fine-print',
    scene: defaultScene,
    controls: [],
    caption: 'The worked example again, whose 4 pair losses the rounding trap adds up.',
  },
  {
    id: 'limitations',
    scene: eightPeople(),
    controls: [],
    caption:
      'Eight people with five photos each: 40 points make 780 pairs, and 669 of them are pairs of different people already past the margin, at rest with no gradient.',
  },
  {
    id: 'related',
    scene: { ...lookAlikes, loss: 'triplet' },
    controls: ['loss', 'knob'],
    caption:
      'Three look-alike people, their 12 photos mixed together, under the triplet loss: 192 of its 288 triplets are hard, the negative nearer the anchor than the positive.',
  },
  { id: 'from-points-to-a-network', scene: null, controls: [], caption: '' },
  {
    id: 'exercises',
    scene: defaultScene,
    controls: ['knob'],
    caption:
      'The worked example, where the exercises start; the button under an exercise puts its own scene here.',
  },
  {
    id: 'summary',
    scene: defaultScene,
    controls: [],
    caption: 'Back where the page began: two photos of Alice, two of Bob, and their 4 pairs.',
  },
  {
    id: 'glossary',
    scene: defaultScene,
    controls: [],
    caption: 'The worked example stays in view while you read: two photos each of Alice and Bob.',
  },
];

/** The step of a section, by its id. */
export const storyStep = (id: string): StoryStep | undefined =>
  STORY.find((step) => step.id === id);
