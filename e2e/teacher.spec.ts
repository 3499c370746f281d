/**
 * A teacher's class, start to end: on a 1366×768 laptop the lesson is built in the lab (five
 * steps, captions, a hide on one of them) with no scrolling inside any box shorter than half the
 * window; it is presented on a 1024×768 projector with a clicker's Page Down; its link is shared,
 * and a student who opens it on a 390×844 phone lands on step 1.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const step = (page: Page) => page.getByTestId('lesson-step');
const caption = (page: Page) => page.getByTestId('lesson-caption');
const tools = (page: Page) => page.getByRole('group', { name: 'What a press on the plane does' });

/** Every scrolling region but the page itself: each must be at least half the window tall. */
const shortScrollBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return (
          /auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1
        );
      })
      .filter((element) => element.clientHeight < window.innerHeight / 2)
      .map((element) => element.className || element.tagName),
  );

const CAPTIONS = [
  'Two photos each of Alice and Bob: the worked example.',
  'A margin of 0.5: the different people are now just outside it.',
  'A margin of 2: every pair of different people pushes again.',
  'The same photos under the triplet loss.',
  'And under InfoNCE, where only directions count.',
];

test('a teacher builds a five-step lesson, presents it with a clicker, and a student opens it at step 1', async ({
  page,
  browser,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Lesson' }).click();

  // Each step's scene, made from the one before: as it opens, then four changes.
  const changes = [
    () => page.getByRole('slider', { name: 'Margin' }).fill('0.5'),
    () => page.getByRole('slider', { name: 'Margin' }).fill('2'),
    () => page.getByRole('radio', { name: 'Triplet' }).check(),
    () => page.getByRole('radio', { name: 'InfoNCE' }).check(),
  ];
  for (const [k, text] of CAPTIONS.entries()) {
    if (k > 0) await changes[k - 1]!();
    await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
    const field = page.getByRole('textbox', { name: `Caption of step ${k + 1}` });
    await field.fill(text);
    await field.press('Enter');
    expect(await shortScrollBoxes(page), `after step ${k + 1}`).toEqual([]);
  }
  await expect(step(page)).toHaveAttribute('data-count', '5');
  // Step 3 hides the toolbar when it is presented.
  await page.locator('.lesson-item').nth(2).getByText('Hides when presented: nothing').click();
  await page.getByRole('group', { name: 'Controls step 3 hides' }).getByLabel('toolbar').check();
  await expect(tools(page)).toBeVisible();
  expect(await shortScrollBoxes(page)).toEqual([]);
  // Every step's controls were reached in the Lesson tab without a box scrolling inside it.
  await expect(page.getByRole('button', { name: 'Present the lesson' })).toBeVisible();

  // In class: the projector.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('button', { name: 'Present the lesson' }).click();
  await expect(step(page)).toHaveAttribute('data-value', '1');
  await expect(caption(page)).toHaveText(CAPTIONS[0]!);
  for (const [k, text] of CAPTIONS.entries()) {
    if (k === 0) continue;
    await page.keyboard.press('PageDown');
    await expect(step(page)).toHaveAttribute('data-value', String(k + 1));
    await expect(caption(page)).toHaveText(text);
    if (k === 2) await expect(tools(page)).toBeHidden();
    else await expect(tools(page)).toBeVisible();
  }
  await page.keyboard.press('PageUp');
  await expect(step(page)).toHaveAttribute('data-value', '4');
  await page.keyboard.press('Escape');

  // Sharing, from the last step on screen: the link still starts at step 1.
  await page.getByRole('tab', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this scene' }).inputValue();
  expect(link).not.toMatch(/[#&]at=/);

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const student = await phone.newPage();
  await student.goto(link);
  await expect(student.locator('[data-room="lab"]')).toBeVisible();
  await expect(step(student)).toHaveAttribute('data-value', '1');
  await expect(caption(student)).toHaveText(CAPTIONS[0]!);
  await expect(student.getByTestId('total-loss')).toHaveText('0.0330');
  await student.getByRole('button', { name: 'Next step' }).click();
  await expect(caption(student)).toHaveText(CAPTIONS[1]!);
  await phone.close();
});
