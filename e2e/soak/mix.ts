/**
 * The restless visitor of robustness.spec.ts: every control of the page, each as quick as a
 * person's single gesture, mostly dragging and keys as in class, and a lesson built and stepped
 * through between them.
 */
import {
  button,
  clicker,
  history,
  loss,
  pairs,
  paste,
  preset,
  present,
  rename,
  slider,
  tab,
} from './controlGestures';
import type { Gesture } from './gesture';
import { drag, pointKey, press, tool } from './planeGestures';
import type { Dice } from './random';

/** Each gesture with how often it comes up. */
const GESTURES: [number, Gesture][] = [
  [26, drag],
  [20, pointKey],
  [5, tool],
  [5, press],
  [9, history],
  [10, slider('Margin')],
  [4, slider('Temperature')],
  [4, slider('Learning rate')],
  [5, button('Step')],
  [2, button('Play', 'Pause')],
  [1, button('Reset')],
  [3, button('Landscape')],
  [3, button('Unit circle')],
  [5, tab],
  [4, loss],
  [2, pairs],
  [2, rename],
  [1, preset],
  [2, paste],
  [1, present],
  [2, button('Add this scene to the lesson')],
  [1, button('Open the example lesson')],
  [3, button('Next step', 'Previous step')],
  [2, clicker],
];
const TOTAL_WEIGHT = GESTURES.reduce((sum, [weight]) => sum + weight, 0);

export function randomGesture(roll: Dice): Gesture {
  let ticket = roll.below(TOTAL_WEIGHT);
  return GESTURES.find(([weight]) => (ticket -= weight) < 0)![1];
}
