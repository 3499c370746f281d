import type { Locator, Page } from '@playwright/test';
import { centreOf, expect, readRows, test } from './fixtures';

const row = (page: Page, pair: string) =>
  page.locator(`[data-testid="pair-row"][data-pair="${pair}"]`);

/** Where a chart draws a value: from its declared axes and plot box, in screen pixels. */
async function chartGeometry(chart: Locator) {
  const attr = async (name: string) => Number(await chart.getAttribute(name));
  const box = (await chart.boundingBox())!;
  const left = box.x + (await attr('data-plot-left'));
  const top = box.y + (await attr('data-plot-top'));
  const width = await attr('data-plot-width');
  const height = await attr('data-plot-height');
  const xMax = await attr('data-x-max');
  const yMax = await attr('data-y-max');
  return {
    x: (value: number) => left + (width * value) / xMax,
    y: (value: number) => top + height - (height * Math.min(value, yMax)) / yMax,
  };
}

test('selecting a pair drives its formula and steps, live, and Escape lets go', async ({
  page,
}) => {
  await page.goto('./');
  const formula = page.getByTestId('pair-formula');
  await expect(formula).toContainText('0.9899');
  await expect(formula).toContainText('0.0001');

  await row(page, 'A2,B2').click();
  await expect(row(page, 'A2,B2')).toHaveAttribute('aria-selected', 'true');
  await expect(formula).toContainText('0.8485');
  await expect(formula).toContainText('0.0229');
  await expect(page.getByTestId('pair-steps')).toContainText('0.7200');

  await page.getByTestId('point-B2').focus();
  await page.keyboard.press('Shift+ArrowUp');
  const [a2b2] = (await readRows(page)).filter((r) => r.pair === 'A2,B2');
  await expect(formula).toContainText(a2b2!.shownD);
  await expect(formula).toContainText(a2b2!.shownLoss);

  await page.keyboard.press('Escape');
  await expect(row(page, 'A2,B2')).toHaveAttribute('aria-selected', 'false');
  await expect(formula).toContainText('0.9899');
});

test('clicking a pair line on the plane selects that pair', async ({ page }) => {
  await page.goto('./');
  const a2 = await centreOf(page.getByTestId('point-A2'));
  const b2 = await centreOf(page.getByTestId('point-B2'));
  await page.mouse.click((a2.x + b2.x) / 2, (a2.y + b2.y) / 2);
  await expect(row(page, 'A2,B2')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="pair-line"][data-pair="A2,B2"]')).toHaveAttribute(
    'data-selected',
    'true',
  );
  await expect(page.getByTestId('pair-formula')).toContainText('0.8485');
});

test('curve dots sit at (D, loss) within a pixel, before and after a drag', async ({ page }) => {
  await page.goto('./');
  const chart = page.getByTestId('loss-curve');
  await chart.scrollIntoViewIfNeeded();
  const expectDotsOnTheirPairs = async () => {
    const at = await chartGeometry(chart);
    const rows = await readRows(page);
    for (const r of rows) {
      const dot = await centreOf(page.locator(`[data-testid="curve-dot"][data-pair="${r.pair}"]`));
      expect(Math.abs(dot.x - at.x(r.d))).toBeLessThan(1);
      expect(Math.abs(dot.y - at.y(r.loss))).toBeLessThan(1);
    }
    return rows;
  };
  await expectDotsOnTheirPairs();

  // Drag A1 away from A2 on the plane: A1–A2's dot must slide up its curve.
  await page.evaluate(() => window.scrollTo(0, 0));
  const a1 = await centreOf(page.getByTestId('point-A1'));
  await page.mouse.move(a1.x, a1.y);
  await page.mouse.down();
  await page.mouse.move(a1.x + 40, a1.y + 70, { steps: 8 });
  await page.mouse.up();
  await chart.scrollIntoViewIfNeeded();
  const rows = await expectDotsOnTheirPairs();
  expect(rows.find((r) => r.pair === 'A1,A2')!.loss).toBeGreaterThan(0.02);
});

test('the margin line and the sensitivity marker follow the slider', async ({ page }) => {
  await page.goto('./');
  const values = page.getByTestId('margin-sensitivity');
  await expect(values).toContainText('0.0000');
  expect(await values.locator('dd').allTextContents()).toEqual([
    '0.0000',
    '0.0001',
    '0.2602',
    '1.0202',
  ]);

  await page.getByRole('slider', { name: 'Margin' }).fill('1.7');
  // The charts sit in article sections that catch up once scrolled into view and drawn: wait for
  // what the reader would see, never a single read that races the section's catch-up or a scroll.
  const curve = page.getByTestId('loss-curve');
  await curve.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const line = await centreOf(page.getByTestId('margin-line').locator('line'));
      return Math.abs(line.x - (await chartGeometry(curve)).x(1.7));
    })
    .toBeLessThan(1);

  const sensitivity = page.getByTestId('sensitivity-chart');
  await sensitivity.scrollIntoViewIfNeeded();
  const marker = page.getByTestId('sensitivity-marker');
  await expect(marker).toHaveAttribute('data-m', '1.7');
  const expected = (1.7 - Math.sqrt(0.98)) ** 2;
  expect(Number(await marker.getAttribute('data-loss'))).toBeCloseTo(expected, 12);
  await expect
    .poll(async () => {
      const at = await chartGeometry(sensitivity);
      const centre = await centreOf(marker);
      return Math.max(Math.abs(centre.x - at.x(1.7)), Math.abs(centre.y - at.y(expected)));
    })
    .toBeLessThan(1);

  // Another pair: the four values follow the selection.
  await row(page, 'A2,B2').click();
  const d = Math.sqrt(0.72);
  const four = [0.5, 1, 1.5, 2].map((m) => Math.max(m - d, 0) ** 2);
  await expect(values.locator('dd')).toHaveText(four.map((v) => v.toFixed(4)));
});

test('pointing at a term of the formula lights its pairs, and a pair lights its term', async ({
  page,
}) => {
  await page.goto('./');
  await page.locator('.term-key li[data-term="similar"]').hover();
  await expect(page.locator('[data-testid="pair-line"][data-pair="A1,A2"]')).toHaveClass(/\blit\b/);
  await expect(page.locator('[data-testid="pair-line"][data-pair="A2,B2"]')).toHaveClass(/\bdim\b/);

  await row(page, 'A1,B1').hover();
  await expect(page.locator('.formula').first()).toHaveAttribute('data-lit-term', 'dissimilar');
});

test('the total is announced politely after a change', async ({ page }) => {
  await page.goto('./');
  const announcer = page.getByTestId('total-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText('');
  await page.getByTestId('point-A1').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const total = await page.getByTestId('total-loss').textContent();
  await expect(announcer).toHaveText(`Total loss ${total}`);
});

test('the charts describe themselves and the headings form an outline', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Test your understanding' })).toHaveCount(1);
  await expect(page.getByRole('img', { name: /Loss against distance D/ })).toContainText('');
  expect(await page.getByTestId('loss-curve').getAttribute('aria-label')).toContain(
    'A2–B2 at D 0.8485, loss 0.0229',
  );
  expect(await page.getByTestId('sensitivity-chart').getAttribute('aria-label')).toContain('A1–B1');
  const levels = await page
    .locator('h1, h2, h3, h4')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let k = 1; k < levels.length; k++)
    expect(levels[k]! - levels[k - 1]!).toBeLessThanOrEqual(1);
});
