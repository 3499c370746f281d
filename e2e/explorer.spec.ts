import { centreOf, expect, expectedLoss, readPoint, readRows, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Checks every row, the total and the arrows against the points the page shows. */
async function expectNumbersToMatchPoints(page: Page) {
  const margin = Number(await page.getByRole('slider', { name: 'Margin' }).inputValue());
  const points = new Map<string, { x: number; y: number }>();
  for (const label of ['A1', 'A2', 'B1', 'B2']) {
    points.set(label, await readPoint(page.getByTestId(`point-${label}`)));
  }
  const rows = await readRows(page);
  let total = 0;
  for (const row of rows) {
    const [a, b] = row.pair.split(',') as [string, string];
    const { d, loss } = expectedLoss(points.get(a)!, points.get(b)!, row.y === 1, margin);
    expect(row.d).toBeCloseTo(d, 12);
    expect(row.loss).toBeCloseTo(loss, 12);
    expect(row.shownD).toBe(d.toFixed(4));
    expect(row.shownLoss).toBe(loss.toFixed(4));
    total += loss;
  }
  const shownTotal = page.getByTestId('total-loss');
  expect(Number(await shownTotal.getAttribute('data-value'))).toBeCloseTo(total, 12);
  await expect(shownTotal).toHaveText(total.toFixed(4));
}

test('the default page shows the worked example exactly', async ({ page }) => {
  await page.goto('./#lab=1');
  const rows = await readRows(page);
  expect(rows.map((r) => r.pair)).toEqual(['A1,A2', 'A1,B1', 'A2,B2', 'B1,B2']);
  expect(rows.map((r) => r.y)).toEqual([1, 0, 0, 1]);
  expect(rows.map((r) => r.shownD)).toEqual(['0.0707', '0.9899', '0.8485', '0.0707']);
  expect(rows.map((r) => r.shownLoss)).toEqual(['0.0050', '0.0001', '0.0229', '0.0050']);
  expect(rows[1]!.loss).toBeCloseTo(0.000101013, 9);
  expect(rows[2]!.loss).toBeCloseTo(0.022943725, 9);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  expect(Number(await page.getByTestId('total-loss').getAttribute('data-value'))).toBeCloseTo(
    0.033044737,
    8,
  );
  await expect(page.getByTestId('pair-row').nth(2)).toContainText('largest');

  const a1 = page.getByTestId('point-A1');
  await expect(a1).toHaveAttribute('data-x', '0.8');
  await expect(a1).toHaveAttribute('data-y', '0.2');
  await expect(a1).toHaveAttribute('tabindex', '0');
  await expect(a1).toHaveAttribute('aria-label', /A1.*alice.*0\.8.*0\.2/);

  // A1: pulled towards A2 by 2(A1 − A2), pushed from B1 by −2(m − D)(A1 − B1)/D.
  const push = (-2 * (1 - Math.sqrt(0.98))) / Math.sqrt(0.98);
  const grad = page.getByTestId('grad-A1');
  expect(Number(await grad.getAttribute('data-gx'))).toBeCloseTo(0.1 + push * 0.7, 12);
  expect(Number(await grad.getAttribute('data-gy'))).toBeCloseTo(-0.1 + push * -0.7, 12);
  await expectNumbersToMatchPoints(page);
});

test('dragging a point with the mouse moves it under the pointer and updates every number', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  const b2 = page.getByTestId('point-B2');
  // Calibrate pixels per unit from two points the page draws.
  const [a1, b1] = [
    await centreOf(page.getByTestId('point-A1')),
    await centreOf(page.getByTestId('point-B1')),
  ];
  const pixelsPerUnit = (a1.x - b1.x) / (0.8 - 0.1);

  const start = await centreOf(b2);
  await page.mouse.move(start.x + 3, start.y - 2);
  await page.mouse.down();
  await page.mouse.move(start.x + 123, start.y + 58, { steps: 15 });
  await page.mouse.up();

  const moved = await readPoint(b2);
  expect(moved.x).toBeCloseTo(0.15 + 120 / pixelsPerUnit, 2);
  expect(moved.y).toBeCloseTo(0.85 - 60 / pixelsPerUnit, 2);
  const centre = await centreOf(b2);
  expect(Math.abs(centre.x - (start.x + 120))).toBeLessThan(1);
  expect(Math.abs(centre.y - (start.y + 60))).toBeLessThan(1);
  await expect(page.getByTestId('total-loss')).not.toHaveText('0.0330');
  await expectNumbersToMatchPoints(page);
});

test('every frame of a drag shows numbers that agree with the points', async ({ page }) => {
  await page.goto('./#lab=1');
  // In the page: on every animation frame, compare each row's D with the points' coordinates.
  await page.evaluate(() => {
    const state = { frames: 0, mismatches: 0 };
    (window as unknown as { frameCheck: typeof state }).frameCheck = state;
    const check = () => {
      const at = (label: string) => {
        const el = document.querySelector(`[data-testid="point-${label}"]`)!;
        return [Number(el.getAttribute('data-x')), Number(el.getAttribute('data-y'))] as const;
      };
      for (const row of document.querySelectorAll('[data-testid="pair-row"]')) {
        const [a, b] = row.getAttribute('data-pair')!.split(',') as [string, string];
        const [ax, ay] = at(a);
        const [bx, by] = at(b);
        if (Math.abs(Math.hypot(ax - bx, ay - by) - Number(row.getAttribute('data-d'))) > 1e-12)
          state.mismatches++;
      }
      state.frames++;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const a2 = await centreOf(page.getByTestId('point-A2'));
  await page.mouse.move(a2.x, a2.y);
  await page.mouse.down();
  for (let step = 1; step <= 40; step++) await page.mouse.move(a2.x - step * 4, a2.y - step * 3);
  await page.mouse.up();
  const result = await page.evaluate(
    () => (window as unknown as { frameCheck: { frames: number; mismatches: number } }).frameCheck,
  );
  expect(result.frames).toBeGreaterThan(5);
  expect(result.mismatches).toBe(0);
  expect(Number(await page.getByTestId('point-A2').getAttribute('data-x'))).toBeLessThan(0.6);
});

test('arrow keys move the focused point by 0.01, and by 0.1 with Shift', async ({ page }) => {
  await page.goto('./#lab=1');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the interactive figure' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The figure's tools come first, then its points.
  const passed: string[] = [];
  const a1 = page.getByTestId('point-A1');
  for (let k = 0; k < 8 && !(await a1.evaluate((el) => el === document.activeElement)); k++) {
    await page.keyboard.press('Tab');
    passed.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  await expect(a1).toBeFocused();
  expect(passed.slice(0, 5)).toEqual([
    'Move',
    'Add point',
    'Pick pairs',
    'Landscape',
    'Unit circle',
  ]);
  await page.keyboard.press('ArrowRight');
  await expect(a1).toHaveAttribute('data-x', '0.81');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(a1).toHaveAttribute('data-y', '0.3');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(a1).toHaveAttribute('data-x', '0.71');
  await expect(a1).toHaveAttribute('data-y', '0.29');
  await expect(a1).toHaveAttribute('aria-label', /0\.71.*0\.29/);
  await expectNumbersToMatchPoints(page);
});

test('the margin slider updates circles, lines, arrows and table in the same frame', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  const slider = page.getByRole('slider', { name: 'Margin' });
  await expect(slider).toHaveAttribute('min', '0');
  await expect(slider).toHaveAttribute('max', '3');
  await expect(slider).toHaveAttribute('step', '0.01');
  const radiusAtOne = Number(await page.getByTestId('margin-circle').first().getAttribute('r'));

  // Set the value the way the browser does when the thumb moves, then read the page in the very
  // next animation frame, before it is painted: the page's frame callback was queued first.
  const same = await page.evaluate(
    () =>
      new Promise<{ total: string | null; radius: number; restingLines: number; gradA1: number }>(
        (resolve) => {
          const input = document.querySelector<HTMLInputElement>('input[type="range"]')!;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
            input,
            '0.5',
          );
          input.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(() =>
            resolve({
              total: document.querySelector('[data-testid="total-loss"]')!.textContent,
              radius: Number(
                document.querySelector('[data-testid="margin-circle"]')!.getAttribute('r'),
              ),
              restingLines: document.querySelectorAll('.pair-line.resting').length,
              gradA1: Number(
                document.querySelector('[data-testid="grad-A1"]')!.getAttribute('data-gx'),
              ),
            }),
          );
        },
      ),
  );
  expect(same.total).toBe('0.0100');
  expect(same.radius).toBeCloseTo(radiusAtOne / 2, 6);
  expect(same.restingLines).toBe(2);
  expect(same.gradA1).toBeCloseTo(0.1, 12);
  await expect(page.getByTestId('margin-value')).toHaveText('m = 0.50');
  await expectNumbersToMatchPoints(page);

  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('0.51');
  await page.keyboard.press('End');
  await expect(page.getByTestId('margin-value')).toHaveText('m = 3.00');
  await expectNumbersToMatchPoints(page);

  // A click two thirds of the way along the track sets m ≈ 2.
  const box = (await slider.boundingBox())!;
  const thumb = 26;
  await page.mouse.click(box.x + thumb / 2 + ((box.width - thumb) * 2) / 3, box.y + box.height / 2);
  expect(Number(await slider.inputValue())).toBeCloseTo(2, 1);
  await expectNumbersToMatchPoints(page);
});

test('the point in hand’s margin circle, cut by the view’s edge, can be shown whole', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await expect(page.getByTestId('circle-clipped')).toHaveCount(0);
  await page.getByTestId('point-A2').focus();
  const note = page.getByTestId('circle-clipped');
  await expect(note).toContainText('A2’s margin circle runs past the edge');
  await note.getByRole('button', { name: 'Show it whole' }).click();
  await expect(note).toHaveCount(0);
  // The circle, radius m = 1 around A2, now lies inside the plot.
  const circle = await page
    .locator('[data-testid="margin-circle"][data-point="A2"]')
    .first()
    .boundingBox();
  const plot = await page.locator('svg.plane-marks').boundingBox();
  expect(circle!.x).toBeGreaterThanOrEqual(plot!.x);
  expect(circle!.y).toBeGreaterThanOrEqual(plot!.y);
  expect(circle!.x + circle!.width).toBeLessThanOrEqual(plot!.x + plot!.width);
  expect(circle!.y + circle!.height).toBeLessThanOrEqual(plot!.y + plot!.height);
  // Nothing moved: only the view changed.
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
});
