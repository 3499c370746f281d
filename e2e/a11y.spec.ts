/**
 * Accessibility: axe-core finds no violations on the default page, in presentation, in the dark
 * theme (from the system and from the toggle) and with high contrast; the keyboard reaches the
 * new controls with a visible focus ring; the plane has a text description; reduced motion is
 * respected; the theme choice is remembered, and broken storage changes nothing else.
 */
import type { Page } from '@playwright/test';
import { axe, DEFAULT_LINK, expect, test } from './fixtures';

/** The whole page is checked: one run reads a long article, so it gets time. */
async function expectNoViolations(page: Page) {
  await page.getByTestId('total-loss').waitFor();
  const { violations } = await axe(page).analyze();
  const found = violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found).toEqual([]);
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('axe-core', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the default page', async ({ page }) => {
    await page.goto('/');
    await expectNoViolations(page);
  });

  test('presentation mode, entered with the button', async ({ page }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the dark theme the system asks for', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
    expect(await background(page)).toBe('rgb(18, 19, 22)');
    await expectNoViolations(page);
  });

  test('the dark theme chosen with the toggle, with high contrast, in presentation', async ({
    page,
  }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background(page)).toBe('rgb(18, 19, 22)');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'High contrast' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    expect(await background(page)).toBe('rgb(0, 0, 0)');
    await expectNoViolations(page);
  });

  test('high contrast in the light theme', async ({ page }) => {
    await page.goto(`/#${DEFAULT_LINK}&contrast=high`);
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await expectNoViolations(page);
  });
});

test('the theme choice is remembered and wins over the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/#${DEFAULT_LINK}`);
  await page.getByRole('button', { name: 'Light theme' }).click();
  expect(await background(page)).toBe('rgb(251, 250, 247)');
  expect(await page.evaluate(() => localStorage.getItem('contrastive-loss:theme'))).toBe('light');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  expect(await background(page)).toBe('rgb(251, 250, 247)');
});

test('storage that throws leaves the page and the toggle working', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
  });
  await page.goto(`/#${DEFAULT_LINK}`);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background(page)).toBe('rgb(18, 19, 22)');
  await expect(page.getByTestId('total-loss')).toHaveAttribute('data-value', /^0\.03/);
});

test('the skip link and Tab reach Present with a visible focus ring, and Enter presents', async ({
  page,
}) => {
  await page.goto(`/#${DEFAULT_LINK}`);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the interactive figure' })).toBeFocused();
  await page.keyboard.press('Enter');
  const present = page.getByRole('button', { name: 'Present', exact: true });
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if (await present.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(present).toBeFocused();
  const ring = await present.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring).toEqual({ style: 'solid', width: 3 });
  await page.keyboard.press('Enter');
  const leave = page.getByRole('button', { name: 'Leave presentation' });
  await expect(leave).toBeVisible();
  await leave.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Losses' })).toBeVisible();
});

test('"Describe the plane" tells who is where and which pairs work, after a move', async ({
  page,
}) => {
  await page.goto(`/#${DEFAULT_LINK}`);
  const summary = page.getByText('Describe the plane');
  await summary.focus();
  await page.keyboard.press('Enter');
  const text = page.getByTestId('plane-description');
  await expect(text).toContainText('4 points of 2 people, 4 pairs, margin 1.00');
  await expect(text).toContainText('A1 (alice) at (0.80, 0.20): nearest is A2 (alice), 0.07 away');
  await expect(text).toContainText('2 pairs of different people inside the margin');

  // Moving B1 far away with the keyboard takes A1–B1 out of the margin.
  await page.getByTestId('point-B1').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowUp');
  await expect(text).toContainText('1 pair of different people inside the margin');
  await expect(text).toContainText('B1 (bob) at (0.10, 1.40)');
});

test('reduced motion turns transitions off and training still steps', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/#${DEFAULT_LINK}`);
  const duration = await page
    .locator('.margin-circle')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
});
