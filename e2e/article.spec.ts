import type { Locator, Page } from '@playwright/test';
import { centreOf, expect, expectedLoss, midpoint, readScene, selectLine, test } from './fixtures';

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

/** The figure's pairs as the article can see them: each curve dot's pair, D and loss, from the points. */
async function pairsOnThePlane(page: Page) {
  const scene = await readScene(page);
  const margin = Number(
    (await page.getByTestId('margin-value').textContent())!.replace(/[^\d.]/g, ''),
  );
  const identities = await page
    .locator('[data-testid^="point-"]')
    .evaluateAll((marks) =>
      Object.fromEntries(
        marks.map((mark) => [
          mark.getAttribute('data-testid')!.slice('point-'.length),
          mark.getAttribute('aria-label')!,
        ]),
      ),
    );
  const pairs = await page
    .getByTestId('curve-dot')
    .evaluateAll((dots) => dots.map((dot) => dot.getAttribute('data-pair')!));
  return pairs.map((pair) => {
    const [a, b] = pair.split(',') as [string, string];
    const same = identities[a]!.split(',')[1] === identities[b]!.split(',')[1];
    return { pair, ...expectedLoss(scene[a]!, scene[b]!, same, margin) };
  });
}

test('selecting a pair on the plane drives its formula and steps, live, and Escape lets go', async ({
  page,
}) => {
  await page.goto('./#worked-example');
  await expect(page.locator('[data-story-step]')).toHaveAttribute(
    'data-story-step',
    'worked-example',
  );
  const formula = page.getByTestId('pair-formula');
  await expect(formula).toContainText('0.9899');
  await expect(formula).toContainText('0.0001');

  await selectLine(page, 'A2', 'B2');
  await expect(formula).toContainText('0.8485');
  await expect(formula).toContainText('0.0229');
  await expect(page.getByTestId('pair-steps')).toContainText('0.7200');

  await page.getByTestId('point-B2').focus();
  await page.keyboard.press('Shift+ArrowUp');
  const scene = await readScene(page);
  const { d, loss } = expectedLoss(scene.A2!, scene.B2!, false, 1);
  await expect(formula).toContainText(d.toFixed(4));
  await expect(formula).toContainText(loss.toFixed(4));

  await page.keyboard.press('Escape');
  await expect(formula).toContainText('0.9899');
});

test('in the lab, clicking a pair line on the plane selects its row', async ({ page }) => {
  await page.goto('./#lab=1');
  await selectLine(page, 'A2', 'B2');
  await expect(row(page, 'A2,B2')).toHaveAttribute('aria-selected', 'true');
});

test('curve dots sit at (D, loss) of the figure’s pairs within a pixel, before and after a drag', async ({
  page,
}) => {
  await page.goto('./#margin');
  await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', 'margin');
  const chart = page.getByTestId('loss-curve');
  await chart.scrollIntoViewIfNeeded();
  const expectDotsOnTheirPairs = async () => {
    await expect
      .poll(async () => {
        const at = await chartGeometry(chart);
        let worst = 0;
        for (const { pair, d, loss } of await pairsOnThePlane(page)) {
          const dot = await centreOf(
            page.locator(`[data-testid="curve-dot"][data-pair="${pair}"]`),
          );
          worst = Math.max(worst, Math.abs(dot.x - at.x(d)), Math.abs(dot.y - at.y(loss)));
        }
        return worst;
      })
      .toBeLessThan(1);
  };
  await expect(page.getByTestId('curve-dot')).toHaveCount(15);
  await expectDotsOnTheirPairs();

  // Drag A1 away from A2 on the plane: A1–A2's dot must slide up its curve.
  const a1 = await centreOf(page.getByTestId('point-A1'));
  await page.mouse.move(a1.x, a1.y);
  await page.mouse.down();
  await page.mouse.move(a1.x - 40, a1.y + 50, { steps: 8 });
  await page.mouse.up();
  await expectDotsOnTheirPairs();
  const moved = (await pairsOnThePlane(page)).find((pair) => pair.pair === 'A1,A2')!;
  expect(moved.loss).toBeGreaterThan(0.01);
});

test('the margin line and the sensitivity marker follow the slider', async ({ page }) => {
  await page.goto('./#margin');
  await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', 'margin');
  // The margin section's scene: A1 and B1 0.35 apart, m = 0.3.
  const values = page.getByTestId('margin-sensitivity');
  const four = (d: number) => [0.5, 1, 1.5, 2].map((m) => (Math.max(m - d, 0) ** 2).toFixed(4));
  await expect(values.locator('dd')).toHaveText(four(0.35));

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
  const expected = (1.7 - 0.35) ** 2;
  expect(Number(await marker.getAttribute('data-loss'))).toBeCloseTo(expected, 12);
  await expect
    .poll(async () => {
      const at = await chartGeometry(sensitivity);
      const centre = await centreOf(marker);
      return Math.max(Math.abs(centre.x - at.x(1.7)), Math.abs(centre.y - at.y(expected)));
    })
    .toBeLessThan(1);
});

test('pointing at a term of the formula lights its pairs, and a pair lights its term', async ({
  page,
}) => {
  await page.goto('./');
  await page.locator('.term-key li[data-term="similar"]').hover();
  await expect(page.locator('[data-testid="pair-line"][data-pair="A1,A2"]')).toHaveClass(/\blit\b/);
  await expect(page.locator('[data-testid="pair-line"][data-pair="A2,B2"]')).toHaveClass(/\bdim\b/);

  const { x, y } = await midpoint(page, 'A2', 'B2');
  await page.mouse.move(x, y);
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
