/**
 * How long a lesson's link is: the example lesson, and a ten-step lesson made of it and four more
 * steps on the presets, with and without captions. A length, not a speed; `npm run bench` prints it
 * beside the bundle's sizes, and the README quotes it.
 */
import { lessonKeyParts } from '../src/scene/codec/lessonLink';
import { defaultScene } from '../src/scene/defaultScene';
import { exampleLesson } from '../src/scene/lesson/exampleLesson';
import type { Lesson, SceneStep } from '../src/scene/lesson/lesson';
import { collapse, lookAlikes } from '../src/scene/presets';

const more: SceneStep[] = [
  {
    scene: { ...lookAlikes, loss: 'infonce' },
    caption:
      'The same photos under InfoNCE: each photo against all the others at once, through a softmax over similarities.',
    hidden: [],
  },
  {
    scene: { ...collapse, loss: 'triplet' },
    caption:
      'The collapse again, now under the triplet loss: press Play and compare how the photos spread.',
    hidden: [],
  },
  {
    scene: { ...defaultScene, margin: 2 },
    caption:
      'Back to Alice and Bob with m = 2: now every pair of different people is inside the margin.',
    hidden: ['toolbar'],
  },
  {
    scene: { ...defaultScene, margin: 0.5 },
    caption: 'And with m = 0.5: A1 and B1 are already far enough apart, so their loss is zero.',
    hidden: [],
  },
];

const length = (lesson: Lesson) => lessonKeyParts(lesson, 0).join('&').length;
const uncaptioned = (lesson: Lesson): Lesson => ({
  steps: lesson.steps.map((step) => ({ ...step, caption: '' })),
});

export function measureLessonLinks() {
  const ten: Lesson = { steps: [...exampleLesson.steps, ...more] };
  return [exampleLesson, ten].map((lesson) => ({
    steps: lesson.steps.length,
    characters: length(lesson),
    'without captions': length(uncaptioned(lesson)),
  }));
}
