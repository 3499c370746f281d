/**
 * The lesson editor as a teacher uses it: what a step hides is hidden only when that step is
 * presented, editing a step moves nothing under the pointer, and the page opened again shows a
 * step as it was or the teacher's own scene, never one step's caption over another scene.
 */
import type { Page } from '@playwright/test';
import { axe, centreOf, dragTo, expect, readPoint, test } from './fixtures';

/** The lab, where lessons are made (an unknown key to a page without rooms, which ignores it). */
const LAB = './#lab=1';
const lessonTab = (page: Page) => page.getByRole('tab', { name: 'Lesson' });
const step = (page: Page) => page.getByTestId('lesson-step');
const caption = (page: Page) => page.getByTestId('lesson-caption');
const tools = (page: Page) => page.getByRole('group', { name: 'What a press on the plane does' });

/** Adds the scene on screen as the next step, from the Lesson tab. */
async function addStep(page: Page) {
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
}

/** A caption of three lines or so, as a teacher writes them. */
const LONG =
  'The same photos with a margin of 0.5: the pairs of different people that were inside the margin now stand just outside it, so nothing pushes them further apart. Press Play and watch them stay.';

/** Types a step's caption into its field, and leaves it there: the next click commits it. */
async function typeCaption(page: Page, index: number, text: string) {
  await page.getByRole('textbox', { name: `Caption of step ${index}` }).fill(text);
}

/** Three steps: the example, m = 0.5 hiding the toolbar when presented, and m = 1.5. */
async function lessonHidingOnStep2(page: Page) {
  await page.goto(LAB);
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
  expect(hash).toMatch(/&at=2(&|$)/);
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

test('committing a caption moves nothing under the pointer: the click that leaves it lands', async ({
  page,
}) => {
  await page.goto(LAB);
  await addStep(page);
  await page.getByRole('slider', { name: 'Margin' }).fill('0.5');
  await addStep(page);
  const plane = page.locator('svg.plane-marks');
  const list = page.locator('.lesson-list');
  const triplet = page.locator('.loss-switcher label', { hasText: 'Triplet' });
  await typeCaption(page, 2, LONG);
  const [planeBefore, target] = [await plane.boundingBox(), await centreOf(triplet)];
  // One motion: the press that leaves the field commits its caption, and lands on Triplet.
  await page.mouse.click(target.x, target.y);
  await expect(page.getByRole('radio', { name: 'Triplet' })).toBeChecked();
  await expect(caption(page)).toHaveText(LONG);
  expect(await plane.boundingBox()).toEqual(planeBefore);

  // Enter commits a caption too; the list of steps stays where it was.
  await page.getByRole('button', { name: 'Show step 1' }).click();
  await typeCaption(page, 1, LONG);
  const [planeNow, listNow] = [await plane.boundingBox(), await list.boundingBox()];
  await page.keyboard.press('Enter');
  await expect(caption(page)).toHaveText(LONG);
  expect(await plane.boundingBox()).toEqual(planeNow);
  expect(await list.boundingBox()).toEqual(listNow);
});

for (const { name, viewport } of [
  { name: 'a laptop', viewport: { width: 1280, height: 800 } },
  { name: 'a phone', viewport: { width: 390, height: 844 } },
]) {
  test(`ticking what a step hides moves nothing under the pointer, on ${name}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(LAB);
    await addStep(page);
    await page.locator('.lesson-item').first().getByText('Hides when presented').click();
    const boxes = page.getByRole('group', { name: 'Controls step 1 hides' });
    await boxes.scrollIntoViewIfNeeded();
    const names = ['toolbar', 'slider', 'training', 'stats', 'tabs', 'panel'];
    const places = [];
    for (const control of names) places.push(await centreOf(boxes.getByLabel(control)));
    const plane = page.locator('svg.plane-marks');
    const planeBefore = await plane.boundingBox();
    for (const place of places) await page.mouse.click(place.x, place.y);
    for (const control of names) await expect(boxes.getByLabel(control)).toBeChecked();
    expect(await plane.boundingBox()).toEqual(planeBefore);
  });
}

test('opened again, the page shows a step as it was, or the teacher’s own scene without a caption', async ({
  page,
}) => {
  await page.goto(LAB);
  await addStep(page);
  await typeCaption(page, 1, 'The worked example');
  await page.getByRole('slider', { name: 'Margin' }).fill('0.5');
  await addStep(page);
  await typeCaption(page, 2, 'A smaller margin');
  await page.getByRole('heading', { name: 'Lesson', exact: true }).click();
  const reopen = async () => {
    await page.goto('about:blank');
    await page.goto(LAB);
  };

  // Kept in this browser, with no link: step 2, its scene and its caption, as they were.
  await reopen();
  await expect(step(page)).toHaveAttribute('data-value', '2');
  await expect(caption(page)).toHaveText('A smaller margin');
  await expect(page.getByTestId('margin-value')).toHaveText('m = 0.50');

  // A point dragged away from the step: what comes back is the teacher's scene, not step 2.
  const dragged = await dragTo(page, 'B2', { x: 0.6, y: 0.4 });
  await reopen();
  await expect(caption(page)).toHaveText('Your own scene is on screen, not a step of the lesson.');
  expect(await readPoint(page.getByTestId('point-B2'))).toEqual(dragged);
  await lessonTab(page).click();
  await expect(page.locator('.lesson-item')).toHaveCount(2);
  const { violations } = await axe(page).include('.lesson-bar').include('.lesson-panel').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole('button', { name: 'Go to step 2' }).click();
  await expect(caption(page)).toHaveText('A smaller margin');
  await expect.poll(() => readPoint(page.getByTestId('point-B2'))).toEqual({ x: 0.15, y: 0.85 });
});
