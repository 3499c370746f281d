/**
 * The digits network (CONTRACT.md section 6), driven as a reader does: scroll to it, press Play,
 * hover and pick digits, export, and open it from a teacher's link; and when the data fails.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { contrastivePairLoss } from '../src/engine';
import { axe, expect, test } from './fixtures';

// Each test waits for the article's lazy parts, the figure's own chunk, the data and a worker:
// beside another suite on two cores that alone has taken half a minute.
test.describe.configure({ timeout: 120_000 });

/** Brings the section into view, which makes the figure and loads the digits. */
async function reachDigits(page: Page) {
  const region = page.getByRole('region', { name: 'Digits' });
  await expect(async () => {
    await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
    await expect(region).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  return region;
}

const valueOf = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

test('a reader presses Play and the network’s map beats PCA; Pause, Step and Reset act at once', async ({
  page,
}) => {
  await page.goto('/');
  const digits = await reachDigits(page);
  await expect(page.getByTestId('digits-pca-accuracy')).toHaveAttribute('data-value', /^0\.\d+/);
  const pca = await valueOf(page, 'digits-pca-accuracy');
  expect(pca).toBeGreaterThan(0.5);
  expect(pca).toBeLessThan(0.75);

  await digits.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => valueOf(page, 'digits-step'), { timeout: 60_000 }).toBeGreaterThan(300);
  await digits.getByRole('button', { name: 'Pause' }).click();
  // The worker's answer to Pause brings the Play button back, with the step it stopped at.
  await expect(digits.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await valueOf(page, 'digits-step');
  await expect.poll(() => valueOf(page, 'digits-accuracy')).toBeGreaterThan(pca + 0.15);

  await digits.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => valueOf(page, 'digits-step')).toBe(paused + 1);
  await digits.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => valueOf(page, 'digits-step')).toBe(0);
});

test('hovering a held-out digit shows its picture; two picks show their pair’s loss; the map exports', async ({
  page,
}) => {
  await page.goto('/');
  const digits = await reachDigits(page);
  await digits.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => valueOf(page, 'digits-step')).toBe(1);

  // The keyboard walks the held-out digits of the network's map; Enter picks.
  const map = page.getByTestId('digits-map').getByRole('img').first();
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.digit-tooltip').first()).toContainText('held out');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const card = page.getByTestId('digits-pair');
  await expect(card).toHaveAttribute('data-loss', /\d/);
  await expect(card.locator('.katex')).toBeVisible();
  await expect(card.locator('.katex-error')).toHaveCount(0);
  const { violations } = await axe(page).include('.digits-figure').analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  const download = page.waitForEvent('download');
  await digits.getByRole('button', { name: 'Export embedding CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const rows = csv.trim().split('\n');
  expect(rows[0]).toBe('index,digit,split,x,y');
  expect(rows).toHaveLength(1 + 1797);
  expect(rows.filter((row) => row.includes(',heldout,'))).toHaveLength(597);

  // The card's loss is the formula's, on the exported map's distance between the two picks.
  const caption = await card.locator('.pair-formula-caption').textContent();
  const [a, b] = [...(caption ?? '').matchAll(/#(\d+)/g)].map((match) => Number(match[1]));
  const at = (i: number) => rows[1 + i]!.split(',');
  const [, digitA, , xa, ya] = at(a!);
  const [, digitB, , xb, yb] = at(b!);
  const d = Math.hypot(Number(xa) - Number(xb), Number(ya) - Number(yb));
  const expected = contrastivePairLoss(d, digitA === digitB, 1);
  expect(Number(await card.getAttribute('data-loss'))).toBeCloseTo(expected, 12);
});

test('a teacher’s link sets the network up: 4s and 9s, m = 2, seed 7; a change goes back into the link', async ({
  page,
}) => {
  await page.goto('/#digits=4,9&dm=2&dseed=7');
  const digits = await reachDigits(page);
  await expect(digits.getByRole('slider', { name: 'Margin' })).toHaveValue('2');
  await expect(digits.getByRole('checkbox', { name: '4' })).toBeChecked();
  await expect(digits.getByRole('checkbox', { name: '9' })).toBeChecked();
  await expect(digits.getByRole('checkbox', { name: '0' })).not.toBeChecked();
  await expect(digits.getByRole('textbox', { name: 'Seed' })).toHaveValue('7');

  await digits.getByRole('slider', { name: 'Margin' }).fill('1.5');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('dm=1.5');
  await page.reload();
  const again = await reachDigits(page);
  await expect(again.getByRole('slider', { name: 'Margin' })).toHaveValue('1.5');
  await expect(again.getByRole('checkbox', { name: '0' })).not.toBeChecked();
});

test('a broken link value gets a notice naming it, and the rest of the link still counts', async ({
  page,
}) => {
  await page.goto('/#digits=4,9&dm=lots');
  await expect(page.getByRole('alert')).toContainText('"dm=lots": the network’s margin m');
  const digits = await reachDigits(page);
  await expect(digits.getByRole('checkbox', { name: '0' })).not.toBeChecked();
  await expect(digits.getByRole('slider', { name: 'Margin' })).toHaveValue('1');
});

test('when the digits cannot be fetched, a plain message and Retry; the rest of the page works', async ({
  page,
  errors,
}) => {
  let fail = true;
  await page.route('**/data/digits.csv.gz', (route) =>
    fail ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
  );
  await page.goto('/');
  await expect(async () => {
    await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
    await expect(page.getByText('The digits could not be loaded')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText('could not be found on the server (HTTP 404)')).toBeVisible();
  // Back at the top, the article's own figure is there as ever.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByTestId('total-loss')).toHaveAttribute('data-value', /0\.03/);
  await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('digits-pca-accuracy')).toHaveAttribute('data-value', /^0\.\d+/);
  // The browser logs the refused download itself; that one error is this test's doing.
  const refused = errors.filter((error) => /404/.test(error));
  expect(refused).toHaveLength(1);
  errors.splice(0, errors.length, ...errors.filter((error) => !refused.includes(error)));
});

test('a learning rate far too large stops the run and says so, with no NaN on screen', async ({
  page,
}) => {
  await page.goto('/#dlr=1000&dopt=sgd');
  const digits = await reachDigits(page);
  await digits.getByRole('button', { name: 'Play' }).click();
  await expect(digits.getByRole('alert')).toContainText('The run diverged at step', {
    timeout: 30_000,
  });
  await expect(digits.getByRole('button', { name: 'Play' })).toBeDisabled();
  await expect(digits).not.toContainText('NaN');
  expect(await valueOf(page, 'digits-accuracy')).toBeGreaterThanOrEqual(0);
});

test('exercise 6’s button sets the network to similar pairs only and brings its figure into view', async ({
  page,
}) => {
  await page.goto('/');
  const exercise = page.getByRole('region', { name: 'Exercise 6', exact: true });
  await exercise.scrollIntoViewIfNeeded();
  await exercise.getByRole('button', { name: 'Set the figure to similar pairs only' }).click();
  const digits = page.getByRole('region', { name: 'Digits' });
  await expect(digits).toBeInViewport();
  await expect(digits.getByRole('slider', { name: 'Share of similar pairs' })).toHaveValue('1');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('dsim=1');
});
