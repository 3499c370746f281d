/**
 * The random visitor of robustness.spec.ts: a seeded generator, so any run can be replayed, and the
 * things a restless student does to the figure, each as quick as a person's single gesture.
 */
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_LINK } from './fixtures';

/** mulberry32: a tiny, well-mixed 32-bit generator; the same seed always gives the same run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Dice {
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
  between(low: number, high: number): number;
}

export function dice(random: () => number): Dice {
  const below = (n: number) => Math.floor(random() * n);
  return {
    below,
    pick: (items) => items[below(items.length)]!,
    between: (low, high) => low + random() * (high - low),
  };
}

interface Mark {
  label: string;
  x: number;
  y: number;
}

/** Every point's label and the centre of its mark on screen, when the mark is in view. */
const pointsOnScreen = (page: Page): Promise<Mark[]> =>
  page.locator('[data-testid^="point-"]').evaluateAll((marks) =>
    marks.flatMap((mark) => {
      const box = mark.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const inView = x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight;
      const label = mark.getAttribute('data-testid')!.slice('point-'.length);
      return inView && box.width > 0 ? [{ label, x, y }] : [];
    }),
  );

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
const SLIDER_KEYS = [...ARROWS, 'PageUp', 'PageDown', 'Home', 'End'];

/** One gesture; returns what it did, in words a failure report can quote. */
type Action = (page: Page, roll: Dice) => Promise<string>;

const drag: Action = async (page, roll) => {
  const marks = await pointsOnScreen(page);
  if (marks.length === 0) return 'drag: no point in view';
  const mark = roll.pick(marks);
  const dx = Math.round(roll.between(-90, 90));
  const dy = Math.round(roll.between(-90, 90));
  await page.mouse.move(mark.x, mark.y);
  await page.mouse.down();
  await page.mouse.move(mark.x + dx, mark.y + dy, { steps: 1 + roll.below(2) });
  await page.mouse.up();
  return `drag ${mark.label} by (${dx}, ${dy}) px`;
};

const pointKey: Action = async (page, roll) => {
  // One round trip picks and focuses the point, as a Tab press would.
  const share = roll.between(0, 1);
  const { count, label } = await page.evaluate((share) => {
    const marks = [...document.querySelectorAll<SVGElement>('[data-testid^="point-"]')];
    const mark = marks[Math.floor(share * marks.length)];
    mark?.focus();
    return {
      count: marks.length,
      label: mark?.getAttribute('data-testid')?.slice('point-'.length),
    };
  }, share);
  if (count < 3) {
    await page.goto(`./#${DEFAULT_LINK}`);
    return `reload the example (${count} points left)`;
  }
  const key =
    roll.below(12) === 0 ? 'Delete' : `${roll.below(2) ? 'Shift+' : ''}${roll.pick(ARROWS)}`;
  await page.keyboard.press(key);
  return `${key} on ${label}`;
};

const history: Action = async (page, roll) => {
  const key = roll.below(3) === 0 ? 'Control+Shift+z' : 'Control+z';
  await page.keyboard.press(key);
  return key;
};

const slider =
  (name: 'Margin' | 'Learning rate'): Action =>
  async (page, roll) => {
    const control = page.getByRole('slider', { name });
    if (roll.below(4) === 0) {
      const [min, max] = await control.evaluate((input: HTMLInputElement) => [
        Number(input.min),
        Number(input.max),
      ]);
      const value = roll.between(min!, max!).toFixed(2);
      await control.fill(value);
      return `${name} slider set to ${value}`;
    }
    await control.focus();
    const key = roll.pick(SLIDER_KEYS);
    await page.keyboard.press(key);
    return `${key} on the ${name} slider`;
  };

/**
 * A real mouse click in the middle of the element, without the waits of locator.click(): the
 * figure's controls stay put, so one look at where the element is suffices.
 */
async function clickOn(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (box && box.y >= 0 && box.y + box.height <= height)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  else await target.click();
}

const button =
  (name: string): Action =>
  async (page) => {
    await clickOn(page, page.getByRole('button', { name, exact: true }));
    return `click ${name}`;
  };

const tab: Action = async (page, roll) => {
  const names = await page.getByRole('tab').allTextContents();
  const name = roll.pick(names);
  await clickOn(page, page.getByRole('tab', { name, exact: true }));
  return `open the ${name} tab`;
};

/** How often each gesture comes up: mostly dragging and keys, as in class. */
const ACTIONS: [number, Action][] = [
  [30, drag],
  [22, pointKey],
  [10, history],
  [12, slider('Margin')],
  [6, slider('Learning rate')],
  [8, button('Step')],
  [3, button('Landscape')],
  [3, button('Unit circle')],
  [6, tab],
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);

export function randomAction(roll: Dice): Action {
  let ticket = roll.below(TOTAL_WEIGHT);
  return ACTIONS.find(([weight]) => (ticket -= weight) < 0)![1];
}
