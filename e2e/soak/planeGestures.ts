/** The soak's gestures on the plane itself: drags, keys on a point, presses with each tool. */
import type { Page } from '@playwright/test';
import { DEFAULT_LINK } from '../fixtures';
import { clickOn, isThere, type Gesture } from './gesture';

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

export const drag: Gesture = async (page, roll) => {
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

export const pointKey: Gesture = async (page, roll) => {
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

const TOOLS = ['Move', 'Add point', 'Pick pairs'];

/** Chooses what a press on the plane does. */
export const tool: Gesture = async (page, roll) => {
  const name = roll.pick(TOOLS);
  const button = page.getByRole('button', { name, exact: true });
  if (!(await isThere(button))) return `no ${name} tool in view`;
  await clickOn(page, button);
  return `choose the ${name} tool`;
};

/**
 * A press somewhere on the plane, with whatever tool is chosen: it adds a point, picks a pair's
 * end, or lets go of the chosen point.
 */
export const press: Gesture = async (page, roll) => {
  const box = await page.locator('.plane-stack').boundingBox();
  if (!box || box.y < 0 || box.y + box.height > (page.viewportSize()?.height ?? 0))
    return 'press: the plane is out of view';
  const x = Math.round(box.x + roll.between(0.05, 0.95) * box.width);
  const y = Math.round(box.y + roll.between(0.05, 0.95) * box.height);
  await page.mouse.click(x, y);
  return `press the plane at (${x}, ${y})`;
};
