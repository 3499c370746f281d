/**
 * The lesson editor as a teacher uses it: what a step hides is hidden only when that step is
 * presented, editing a step moves nothing under the pointer, and the page opened again shows a
 * step as it was or the teacher's own scene, never one step's caption over another scene.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const lessonTab = (page: Page) => page.getByRole('tab', { name: 'Lesson' });
const step = (page: Page) => page.getByTestId('lesson-step');
const tools = (page: Page) => page.getByRole('group', { name: 'What a press on the plane does' });

/** Adds the scene on screen as the next step, from the Lesson tab. */
async function addStep(page: Page) {
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
}

/** Three steps: the example, m = 0.5 hiding the toolbar when presented, and m = 1.5. */
async function lessonHidingOnStep2(page: Page) {
  await page.goto('./');
  await addStep(page);
  await page.getByRole('slider', { name: 'Margin' }).fill('0.5');
  await addStep(page);
  await page.locator('.lesson-item').nth(1).getByText('Hides when presented: nothing').click();
  await page.getByRole('group', { name: 'Controls step 2 hides' }).getByLabel('toolbar').check();
  await expect(page.getByText('Hides when presented: toolbar')).toBeVisible();
  await page.getByRole('slider', { name: 'Margin' }).fill('1.5');
  await addStep(page);
  await expect(step(page)).toHaveAttribute('data-count', '3');
}

test('a step’s hides apply when that step is presented, and never in the editor', async ({
  page,
  browser,
}) => {
  await lessonHidingOnStep2(page);
  // Ticked on step 2, the toolbar stays for the teacher, and step 3 was not given its hides.
  await expect(tools(page)).toBeVisible();
  await expect(page.locator('.lesson-item').nth(2)).toContainText('Hides when presented: nothing');

  await page.getByRole('button', { name: 'Present the lesson' }).click();
  await expect(step(page)).toHaveAttribute('data-value', '1');
  await expect(tools(page)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveAttribute('data-value', '2');
  await expect(tools(page)).toBeHidden();
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveAttribute('data-value', '3');
  await expect(tools(page)).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(tools(page)).toBeHidden();
  // Out of presentation, on the same step, the editor has every control again.
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(step(page)).toHaveAttribute('data-value', '2');
  await expect(tools(page)).toBeVisible();

  // The page's link opened in presentation hides the toolbar on step 2 only; a link's own hide=
  // list hides its controls on every step.
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toMatch(/&at=2$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`./${hash}&present=1&hide=training`);
  await expect(step(other)).toHaveAttribute('data-value', '2');
  await expect(tools(other)).toBeHidden();
  await expect(other.getByRole('button', { name: 'Play' })).toBeHidden();
  await other.getByRole('button', { name: 'Next step' }).click();
  await expect(step(other)).toHaveAttribute('data-value', '3');
  await expect(tools(other)).toBeVisible();
  await expect(other.getByRole('button', { name: 'Play' })).toBeHidden();
  await fresh.close();
});
