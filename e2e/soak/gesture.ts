/** What every gesture of the soak shares: its type, and ways to reach a control that may be away. */
import type { Locator, Page } from '@playwright/test';
import type { Dice } from './random';

/** One gesture; returns what it did, in words a failure report can quote. */
export type Gesture = (page: Page, roll: Dice) => Promise<string>;

/**
 * Whether the control can be used now: a loss, a tab or presentation may have taken it away, and
 * a button may be off (Step while a run plays, Reset with nothing to reset).
 */
export const isThere = (target: Locator) =>
  // One look, not three: a run that stops by itself turns Pause back into Play between looks, and a
  // second look would wait for a button that is gone.
  target.evaluateAll((elements) =>
    elements.some((element) => element.checkVisibility() && !element.matches(':disabled')),
  );

/**
 * A real mouse click in the middle of the element, without the waits of locator.click(): the
 * figure's controls stay put, so one look at where the element is suffices.
 */
export async function clickOn(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (box && box.y >= 0 && box.y + box.height <= height)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  else await target.click();
}

/** Opens the figure's tab `name` when it is not open, as a person would before using it. */
export async function openTab(page: Page, name: string): Promise<boolean> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (!(await isThere(tab))) return false;
  if ((await tab.getAttribute('aria-selected')) !== 'true') await clickOn(page, tab);
  return true;
}
