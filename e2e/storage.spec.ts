import type { Page } from '@playwright/test';
import { DEFAULT_LINK, dragTo, expect, test } from './fixtures';

const KEY = 'contrastive-loss:scene';

/** Opens the page at its bare address, with no hash, as a bookmark would. */
async function openWithoutLink(page: Page) {
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await page.goto('./#lab=1');
  expect(new URL(page.url()).hash).toBe('#lab=1');
}

const savedText = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

test('an edited scene is back when the page is opened again without a link', async ({ page }) => {
  await page.goto('./#lab=1');
  const moved = await dragTo(page, 'A1', { x: 0.4, y: 0.5 });
  expect(moved.x).not.toBeCloseTo(0.8, 2);
  await expect.poll(() => savedText(page)).toContain(`"x":${moved.x}`);

  await openWithoutLink(page);
  const a1 = page.getByTestId('point-A1');
  await expect(a1).toHaveAttribute('data-x', String(moved.x));
  await expect(a1).toHaveAttribute('data-y', String(moved.y));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link wins over the saved scene, and opening it does not save over the work', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  const moved = await dragTo(page, 'B2', { x: 0.6, y: 0.6 });
  await expect.poll(() => savedText(page)).toContain(`"x":${moved.x}`);

  await page.goto(`./#${DEFAULT_LINK.replace('m=1', 'm=2')}`);
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('2');
  await expect(page.getByTestId('point-B2')).toHaveAttribute('data-x', '0.15');

  await openWithoutLink(page);
  await expect(page.getByTestId('point-B2')).toHaveAttribute('data-x', String(moved.x));
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('1');
});

test('a broken link shows the example and leaves the saved scene alone', async ({ page }) => {
  await page.goto('./#lab=1');
  const moved = await dragTo(page, 'A2', { x: 0.3, y: 0.3 });
  await expect.poll(() => savedText(page)).toContain(`"x":${moved.x}`);
  const saved = await savedText(page);

  await page.goto('./#m=oops&p=A1,alice,0,0');
  await expect(page.getByRole('alert')).toContainText('m=oops');
  await expect(page.getByTestId('point-A2')).toHaveAttribute('data-x', '0.75');
  expect(await savedText(page)).toBe(saved);
  await page.getByRole('button', { name: 'Bring back the scene I had' }).click();
  await expect(page.getByTestId('point-A2')).toHaveAttribute('data-x', String(moved.x));
});

const brokenStorage = {
  'storage that is full': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'storage the browser refuses': () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

for (const [name, breakStorage] of Object.entries(brokenStorage)) {
  test(`with ${name} the page works and says so once`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await page.goto('./#lab=1');
    const alert = page.getByRole('alert');

    const first = await dragTo(page, 'A1', { x: 0.5, y: 0.1 });
    expect(first.x).toBeCloseTo(0.5, 1);
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText('Your work is not being saved in this browser');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    const second = await dragTo(page, 'B1', { x: 0.2, y: 0.6 });
    const third = await dragTo(page, 'A1', { x: 0.6, y: 0.0 });
    expect(second.y).toBeCloseTo(0.6, 1);
    expect(third.x).toBeCloseTo(0.6, 1);
    await page.getByRole('slider', { name: 'Margin' }).fill('1.5');
    await expect(page.getByTestId('total-loss')).toHaveAttribute('data-value', /^[\d.e-]+$/);
    await expect(alert).toHaveCount(0);
  });
}

test('an unreadable saved value is set aside, and the example shows with a notice', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('planted')) {
      sessionStorage.setItem('planted', '1');
      localStorage.setItem('contrastive-loss:scene', '{not json');
    }
  });
  await page.goto('./#lab=1');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your saved scene could not be read');
  await expect(alert).toContainText('contrastive-loss:unreadable');
  await expect(page.getByTestId('point-A1')).toHaveAttribute('data-x', '0.8');
  expect(await savedText(page, 'contrastive-loss:unreadable')).toBe('{not json');
  expect(await savedText(page)).toBeNull();

  await page.getByRole('button', { name: 'Dismiss' }).click();
  const moved = await dragTo(page, 'A1', { x: 0.5, y: 0.5 });
  await openWithoutLink(page);
  await expect(page.getByTestId('point-A1')).toHaveAttribute('data-x', String(moved.x));
  await expect(alert).toHaveCount(0);
  expect(await savedText(page, 'contrastive-loss:unreadable')).toBe('{not json');
});
