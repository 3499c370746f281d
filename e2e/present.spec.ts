/**
 * Presentation mode: the Present button, the P key and the `present=1` link; what it hides and
 * enlarges; the high-contrast option; links that hide chosen controls; leaving with Escape.
 */
import { DEFAULT_LINK, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

/** Whether an element's box lies wholly inside the window. */
async function inView(page: Page, selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width &&
    box.y + box.height <= size.height
  );
}

test.describe('at 1024×768, a classroom projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('Present hides the lab’s bar, enlarges the figure and keeps the scene in the link', async ({
    page,
  }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    const total = page.getByTestId('total-loss');
    const smallTotal = await total.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByRole('button', { name: 'Present', exact: true }).click();

    await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeHidden();
    // The title stays for screen readers only: clipped to nothing on screen.
    const title = await page
      .getByRole('heading', { name: 'Contrastive loss, hands on' })
      .evaluate((el) => el.closest('header')!.getBoundingClientRect());
    expect(title.width).toBeLessThanOrEqual(1);
    expect(await hashOf(page)).toBe(`#${DEFAULT_LINK}&present=1`);

    const bigTotal = await total.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bigTotal).toBeGreaterThanOrEqual(40);
    expect(bigTotal).toBeGreaterThan(smallTotal * 1.5);
    const label = await page
      .locator('.point-label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(label).toBeGreaterThanOrEqual(22);

    // Everything a teacher points at fits the projector's screen without scrolling.
    for (const part of [
      page.locator('svg.plane-marks'),
      page.getByRole('slider', { name: 'Margin' }),
      page.getByRole('button', { name: 'Play' }),
      total,
    ])
      expect(await inView(page, part)).toBe(true);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveCount(0);
    expect(await hashOf(page)).toBe(`#${DEFAULT_LINK}`);
  });

  test('the P key enters and leaves, but not while typing a name', async ({ page }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    await page.getByRole('button', { name: 'Add point' }).click();
    await page.getByLabel('New point is a photo of').selectOption({ label: 'someone new…' });
    await page.getByRole('textbox', { name: 'Name' }).fill('pip');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('pip');
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();

    await page.getByRole('button', { name: 'Move' }).click();
    await page.keyboard.press('p');
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeHidden();
    await page.getByRole('button', { name: 'Leave presentation' }).click();
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();
    await page.keyboard.press('P');
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeHidden();
    await page.keyboard.press('p');
    await expect(page.getByRole('link', { name: 'Read the article' })).toBeVisible();

    // The article has nothing to present: P is a letter there.
    await page.getByRole('link', { name: 'Read the article' }).click();
    await expect(page.locator('[data-room="article"]')).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveCount(0);
    await expect(page.locator('[data-room="article"]')).toBeVisible();
  });
});

test('a link opens presentation with high contrast and the chosen controls hidden', async ({
  page,
}) => {
  await page.goto(`/#${DEFAULT_LINK}&present=1&contrast=high&hide=toolbar,tabs,wings`);
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  await expect(page.getByRole('tab').first()).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Margin' })).toBeVisible();
  await expect(page.getByTestId('total-loss')).toBeVisible();
  const border = await page
    .locator('.figure-panel')
    .evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(border).toBe('rgb(0, 0, 0)');

  // Leaving keeps the hidden controls and high contrast in the link, as the teacher set them.
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  expect(await hashOf(page)).toBe(`#${DEFAULT_LINK}&hide=toolbar,tabs,wings&contrast=high`);
});

test('the high-contrast toggle darkens borders and goes into the link', async ({ page }) => {
  await page.goto(`/#${DEFAULT_LINK}`);
  const toggle = page.getByRole('button', { name: 'High contrast' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await hashOf(page)).toBe(`#${DEFAULT_LINK}&contrast=high`);
  const border = await page
    .getByRole('button', { name: 'Step' })
    .evaluate((el) => [getComputedStyle(el).borderTopColor, getComputedStyle(el).borderTopWidth]);
  expect(border).toEqual(['rgb(0, 0, 0)', '2px']);
  await page.reload();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a notice about a broken link stays in view in presentation', async ({ page }) => {
  await page.goto('/#m=banana&present=1');
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('banana');
});

test('dragging still works in presentation and the hash keeps present', async ({ page }) => {
  await page.goto(`/#${DEFAULT_LINK}&present=1`);
  const point = page.getByTestId('point-A1');
  const before = Number(await point.getAttribute('data-x'));
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  expect(Number(await point.getAttribute('data-x'))).toBeLessThan(before - 0.05);
  await expect
    .poll(() => hashOf(page), { timeout: 3000 })
    .toMatch(/^#(?!.*A1,alice,0\.8,0\.2).*&present=1$/);
});
