/**
 * A teacher's lesson, built and presented as a teacher does it: by clicks in the Lesson tab, then
 * in presentation with a clicker's Page Down and Page Up and the arrow keys; then shared by its
 * link into a fresh browser, saved as a file and opened again.
 */
import type { Page } from '@playwright/test';
import { dragTo, expect, readPoint, readScene, test } from './fixtures';

const lessonTab = (page: Page) => page.getByRole('tab', { name: 'Lesson' });
const step = (page: Page) => page.getByTestId('lesson-step');
const caption = (page: Page) => page.getByTestId('lesson-caption');
const margin = (page: Page) => page.getByTestId('margin-value');

/** Types a step's caption and leaves the field, which makes it one undo step. */
async function captionStep(page: Page, index: number, text: string) {
  const field = page.getByRole('textbox', { name: `Caption of step ${index}` });
  await field.fill(text);
  await field.press('Enter');
}

/** Three steps: the example; m = 0.5; B2 dragged near A2 under the triplet loss. */
async function buildLesson(page: Page) {
  await page.goto('./#lab=1');
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
  await captionStep(page, 1, 'The worked example');
  const slider = page.getByRole('slider', { name: 'Margin' });
  await slider.fill('0.5');
  await expect(margin(page)).toHaveText('m = 0.50');
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
  await captionStep(page, 2, 'A smaller margin');
  await dragTo(page, 'B2', { x: 0.6, y: 0.4 });
  await page.getByRole('radio', { name: 'Triplet' }).check();
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
  await captionStep(page, 3, 'B2 among Alice’s photos; the triplet loss');
  return (await readScene(page)).B2;
}

test('a lesson built by clicks is presented with a clicker’s keys and shared by its link', async ({
  page,
  browser,
}) => {
  const draggedB2 = await buildLesson(page);
  await expect(step(page)).toHaveAttribute('data-count', '3');
  await page.getByRole('button', { name: 'Present the lesson' }).click();
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(step(page)).toHaveAttribute('data-value', '1');
  await expect(step(page)).toHaveText('1 / 3');
  await expect(caption(page)).toHaveText('The worked example');
  await expect(margin(page)).toHaveText('m = 1.00');

  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveAttribute('data-value', '2');
  await expect(caption(page)).toHaveText('A smaller margin');
  await expect(margin(page)).toHaveText('m = 0.50');

  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveAttribute('data-value', '3');
  await expect(page.getByRole('radio', { name: 'Triplet' })).toBeChecked();
  await expect.poll(async () => (await readScene(page)).B2).toEqual(draggedB2);
  // At the last step Page Down stays; Page Up and the button go back.
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveAttribute('data-value', '3');
  await page.keyboard.press('PageUp');
  await expect(step(page)).toHaveAttribute('data-value', '2');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(step(page)).toHaveAttribute('data-value', '1');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(step(page)).toHaveAttribute('data-value', '2');

  // The Share tab's link from this step, opened in a browser that has never seen the page.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Share' }).click();
  await page.getByRole('radio', { name: 'this step (2)' }).check();
  const link = await page.getByRole('textbox', { name: 'Link to this scene' }).inputValue();
  // The step as it is, so the link holds the lesson alone, without scene keys of its own.
  expect(link).toMatch(/\/#step=[^&]*&step=[^&]*&step=[^&]*&at=2(&|$)/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(step(other)).toHaveAttribute('data-value', '2');
  await expect(step(other)).toHaveAttribute('data-count', '3');
  await expect(caption(other)).toHaveText('A smaller margin');
  await expect(margin(other)).toHaveText('m = 0.50');
  await other.getByRole('button', { name: 'Next step' }).click();
  await expect(caption(other)).toHaveText('B2 among Alice’s photos; the triplet loss');
  await other.reload();
  await expect(step(other)).toHaveAttribute('data-value', '3');
  await expect(caption(other)).toHaveText('B2 among Alice’s photos; the triplet loss');
  await fresh.close();
});

test('Undo takes back the lesson’s edits, one at a time', async ({ page }) => {
  await buildLesson(page);
  const items = page.locator('.lesson-item');
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(items.nth(1)).toContainText('Step 2');
  await expect(page.getByRole('textbox', { name: 'Caption of step 2' })).toHaveValue(
    'B2 among Alice’s photos; the triplet loss',
  );
  await page.getByRole('button', { name: 'Delete step 1' }).click();
  await expect(items).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'Caption of step 2' })).toHaveValue(
    'A smaller margin',
  );
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('textbox', { name: 'Caption of step 3' })).toHaveValue(
    'A smaller margin',
  );
});

test('the points glide between steps, and arrive at once under reduced motion', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Open the example lesson' }).click();
  await expect(step(page)).toHaveText('1 / 6');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(step(page)).toHaveText('3 / 6');
  // Step 4 takes the same labels to other places: A1 passes through places between.
  const seen = page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const xs: number[] = [];
        const started = performance.now();
        const sample = () => {
          xs.push(
            Number(document.querySelector('[data-testid="point-A1"]')?.getAttribute('data-x')),
          );
          if (performance.now() - started < 1200) requestAnimationFrame(sample);
          else resolve(xs);
        };
        requestAnimationFrame(sample);
      }),
  );
  await page.getByRole('button', { name: 'Next step' }).click();
  const xs = await seen;
  const [first, last] = [xs[0]!, xs.at(-1)!];
  const between = new Set(xs.filter((x) => x !== first && x !== last));
  expect(between.size).toBeGreaterThan(3);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(step(page)).toHaveText('3 / 6');
  expect(await readPoint(page.getByTestId('point-A1'))).toEqual({ x: 0.5, y: 0.5 });
});

test('a lesson link with a broken step opens the others, and names the step and key at fault', async ({
  page,
}) => {
  await page.goto(
    './#step=m=1;p=A,a,0.5,0.5;p=B,b,1,0.5;cap=Fine&step=m=big;same;cap=Broken&step=m=2;p=A,a,0,0;p=B,b,1,1;cap=Also+fine',
  );
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Some steps of this lesson could not be read');
  await expect(notice).toContainText('Step 2: The margin "m=big" is not a number');
  await expect(step(page)).toHaveText('1 / 3');
  await expect(caption(page)).toHaveText('Fine');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(notice).toContainText('Step 2 could not be loaded');
  await expect(caption(page)).toHaveText('Broken');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(caption(page)).toHaveText('Also fine');
  await expect(margin(page)).toHaveText('m = 2.00');
  // The broken step stays in the link, as it came, for its author to mend.
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toContain('step=m=big;same;cap=Broken');
});

test('a lesson saved as a file opens again by Import; a damaged file leaves the lesson as it was', async ({
  page,
}, testInfo) => {
  await page.goto('./#lab=1');
  await lessonTab(page).click();
  await page.getByRole('button', { name: 'Open the example lesson' }).click();
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save lesson file' }).click();
  const file = testInfo.outputPath('lesson.json');
  await (await saving).saveAs(file);
  await page.getByRole('button', { name: 'Start a new lesson' }).click();
  await expect(step(page)).toBeHidden();

  await page.getByRole('tab', { name: 'Share' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import file' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByText('a lesson of 6 steps')).toBeVisible();
  await expect(step(page)).toHaveText('1 / 6');

  const paste = page.getByRole('textbox', { name: 'Paste a scene' });
  await paste.fill('{"kind": "lesson", "version": 7, "steps": []}');
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(page.getByRole('alert').first()).toContainText(
    'This lesson was made by a newer version of this page (lesson format 7)',
  );
  await expect(step(page)).toHaveText('1 / 6');
});
