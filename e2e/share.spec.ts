import type { Page } from '@playwright/test';
import { create } from 'qrcode';
import { drawQr } from '../src/view/tabs/share/qrDrawing';
import { expect, readScene, test, totalOf } from './fixtures';
import { labels, nudgeA1, openShare, panel } from './shareTab';

const linkField = (page: Page) => page.getByRole('textbox', { name: 'Link to this scene' });
const qrPath = (page: Page) =>
  panel(page).getByRole('img', { name: 'QR code of the link to this scene' }).locator('path');

/** The path of the QR code of `text`, drawn as the page draws it. */
function qrOf(text: string): string {
  const drawn = drawQr(create, text);
  if (!drawn.ok) throw new Error(drawn.problems.join(' '));
  return drawn.value.path;
}

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a link to the scene as it is now, which opens the same scene', async ({
    page,
    context,
  }) => {
    // Two pages, and a confirmation that must stay up for seconds before it goes.
    test.slow();
    await openShare(page);
    await nudgeA1(page);
    // Straight away: the address bar may still lag, the copied link must not.
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(panel(page).getByRole('status').first()).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('p=A1,alice,0.9,0.2');
    // The confirmation goes away by itself.
    await expect(panel(page).getByText('Link copied')).toBeHidden({ timeout: 6000 });
    const [shown, total] = [await readScene(page), await totalOf(page)];

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByTestId('total-loss')).toBeVisible();
    expect(await readScene(other)).toEqual(shown);
    expect(await totalOf(other)).toBe(total);
  });

  test('a lesson’s link, QR code and embed code start at step 1, or at the step on screen', async ({
    page,
    browser,
  }) => {
    await page.goto('./#lab=1');
    for (const margin of ['1', '0.5', '1.5']) {
      await page.getByRole('slider', { name: 'Margin' }).fill(margin);
      await page.getByRole('tab', { name: 'Lesson' }).click();
      await page.getByRole('button', { name: 'Add this scene to the lesson' }).click();
    }
    await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-value', '3');
    // The address bar stays where the teacher is, so a reload does too.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/&at=3(&|$)/);
    await page.getByRole('tab', { name: 'Share' }).click();
    const says = panel(page).getByTestId('share-start');
    await expect(says).toHaveText(
      'The link, its QR code and the embed code open the lesson at step 1 of 3.',
    );
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    const first = await page.evaluate(() => navigator.clipboard.readText());
    expect(first).toBe(await linkField(page).inputValue());
    expect(first).not.toContain('at=');
    await expect(qrPath(page)).toHaveAttribute('d', qrOf(first));
    await expect(panel(page).getByRole('textbox', { name: 'Embed code' })).not.toHaveValue(/at=/);
    const fresh = await browser.newContext();
    const student = await fresh.newPage();
    await student.goto(first);
    await expect(student.getByTestId('lesson-step')).toHaveAttribute('data-value', '1');
    await expect(student.getByTestId('margin-value')).toHaveText('m = 1.00');

    // For a student who missed the start: this step.
    await panel(page).getByRole('radio', { name: 'this step (3)' }).check();
    await expect(says).toHaveText(
      'The link, its QR code and the embed code open the lesson at step 3 of 3.',
    );
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    const here = await page.evaluate(() => navigator.clipboard.readText());
    expect(here).toMatch(/&at=3(&|$)/);
    await expect(qrPath(page)).toHaveAttribute('d', qrOf(here));
    await expect(panel(page).getByRole('textbox', { name: 'Embed code' })).toHaveValue(/at=3/);
    const late = await fresh.newPage();
    await late.goto(here);
    await expect(late.getByTestId('lesson-step')).toHaveAttribute('data-value', '3');
    await expect(late.getByTestId('margin-value')).toHaveText('m = 1.50');
    await fresh.close();

    // A step edited on screen goes with the link, and the tab says so.
    await nudgeA1(page);
    await expect(says).toHaveText(
      'The link, its QR code and the embed code open the scene on screen, with the lesson at step 3 of 3.',
    );
  });

  test('pasting a link anywhere on the page opens its scene', async ({ page }) => {
    await openShare(page);
    const link = `${new URL(page.url()).origin}/#m=2&p=E1,eve,0,0&p=E2,eve,0.5,0&p=F1,fay,1,1`;
    await page.evaluate((text) => navigator.clipboard.writeText(text), link);
    await page.getByRole('heading', { name: 'Export' }).click();
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => labels(page)).toEqual(['E1', 'E2', 'F1']);
    await expect(page.getByText('Opened the pasted text: 3 points')).toBeVisible();
  });
});

test('when the browser refuses to copy, the link is selected in its box to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
  });
  await openShare(page);
  await panel(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(panel(page).getByRole('status').first()).toContainText('press Ctrl+C');
  await expect(linkField(page)).toBeFocused();
  const selected = await linkField(page).evaluate((field: HTMLInputElement) =>
    field.value.slice(field.selectionStart!, field.selectionEnd!),
  );
  expect(selected).toMatch(/#m=1&p=A1,alice,0\.8,0\.2&/);
  expect(selected).toBe(await linkField(page).inputValue());
});

test('the QR code encodes the current link and follows the scene', async ({ page }) => {
  await openShare(page);
  const qr = panel(page).getByRole('img', { name: 'QR code of the link to this scene' });
  const expected = async () => qrOf(await linkField(page).inputValue());
  await expect(qr.locator('path')).toHaveAttribute('d', await expected());
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(120);
  expect(box.height).toBe(box.width);
  const before = await qr.locator('path').getAttribute('d');

  await nudgeA1(page);
  await expect(linkField(page)).toHaveValue(/p=A1,alice,0\.9,0\.2/);
  await expect(qr.locator('path')).toHaveAttribute('d', await expected());
  expect(await qr.locator('path').getAttribute('d')).not.toBe(before);

  await panel(page).getByRole('button', { name: 'Show the QR code large' }).click();
  const large = page.getByRole('img', { name: 'QR code of the link to this scene, large' });
  expect((await large.boundingBox())!.width).toBeGreaterThan(500);
  await page.keyboard.press('Escape');
  await expect(large).toBeHidden();
});

test('the Copy link button keeps its place while the QR code is made beside it', async ({
  page,
}) => {
  await openShare(page);
  const copy = panel(page).getByRole('button', { name: 'Copy link' });
  const before = await copy.boundingBox();
  await expect(
    panel(page).getByRole('img', { name: 'QR code of the link to this scene' }),
  ).toBeVisible();
  expect(await copy.boundingBox()).toEqual(before);
});

test('a link too long for a QR code says so in words', async ({ page }) => {
  const points = Array.from({ length: 200 }, (_, i) => `p=P${i},id${i % 5},${i / 100},${i % 7}`);
  await openShare(page, `#m=1&${points.join('&')}`);
  await expect(panel(page)).toContainText('more than a QR code can hold');
  await expect(panel(page).getByRole('img', { name: /QR code/ })).toHaveCount(0);
});
