import type { Page } from '@playwright/test';
import { create } from 'qrcode';
import { drawQr } from '../src/view/tabs/share/qrDrawing';
import { expect, readScene, test, totalOf } from './fixtures';
import { labels, nudgeA1, openShare, panel } from './shareTab';

const linkField = (page: Page) => page.getByRole('textbox', { name: 'Link to this scene' });

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
  const expected = async () => {
    const drawn = drawQr(create, await linkField(page).inputValue());
    if (!drawn.ok) throw new Error(drawn.problems.join(' '));
    return drawn.value.path;
  };
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
