import type { Page } from '@playwright/test';
import { calibrate, centreOf, expect, readPoint, readRows, test, totalOf } from './fixtures';

const stat = (page: Page, name: string) =>
  page.getByTestId(`stat-${name}`).getAttribute('data-value').then(Number);

const ALL_PAIRS = 'm=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&p=B1,bob,0.1,0.9&p=B2,bob,0.15,0.85';

test('a teacher builds a scene with three people by clicking, and undoes it', async ({ page }) => {
  await page.goto(`./#${ALL_PAIRS}`);
  const { toScreen } = await calibrate(page);
  await page.getByRole('button', { name: 'Add point' }).click();
  await expect(page.getByLabel('New point is a photo of')).toHaveValue('alice');

  // Alice's third photo, where the teacher clicks.
  await page.mouse.click(toScreen({ x: 0.6, y: 0.1 }).x, toScreen({ x: 0.6, y: 0.1 }).y);
  const a3 = page.getByTestId('point-A3');
  const placed = await readPoint(a3);
  expect(placed.x).toBeCloseTo(0.6, 2);
  expect(placed.y).toBeCloseTo(0.1, 2);
  await expect.poll(() => stat(page, 'points')).toBe(5);
  await expect.poll(() => stat(page, 'pairs')).toBe(10);

  // Someone new: a bad name is refused in plain words, and nothing is added.
  await page.getByLabel('New point is a photo of').selectOption({ label: 'someone new…' });
  await page.getByLabel('Name', { exact: true }).fill('carol!');
  await page.mouse.click(toScreen({ x: 0.5, y: 0.6 }).x, toScreen({ x: 0.5, y: 0.6 }).y);
  await expect(page.getByRole('alert')).toContainText('cannot name an identity');
  await expect.poll(() => stat(page, 'points')).toBe(5);

  await page.getByLabel('Name', { exact: true }).fill('carol');
  await page.mouse.click(toScreen({ x: 0.5, y: 0.6 }).x, toScreen({ x: 0.5, y: 0.6 }).y);
  await expect(page.getByTestId('point-C1')).toHaveAttribute('aria-label', /C1, carol/);
  await expect.poll(() => stat(page, 'points')).toBe(6);
  // Alice's three photos make 3 similar pairs and Bob's two make 1; the other 11 are dissimilar.
  await expect.poll(() => stat(page, 'positive')).toBe(4);
  await expect.poll(() => stat(page, 'negative')).toBe(11);
  await expect(page.getByLabel('New point is a photo of')).toContainText('carol');

  // Two undos take both points away; redo brings Carol back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('point-C1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('point-A3')).toHaveCount(0);
  await expect.poll(() => stat(page, 'points')).toBe(4);
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByTestId('point-C1')).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('C1,carol,0.5');
});

test('a point is deleted by its button or the Delete key, with its pairs', async ({ page }) => {
  await page.goto('./#lab=1');
  const b2 = await centreOf(page.getByTestId('point-B2'));
  await page.mouse.click(b2.x, b2.y);
  await page.getByRole('button', { name: 'Delete B2' }).click();
  await expect(page.getByTestId('point-B2')).toHaveCount(0);
  expect((await readRows(page)).map((r) => r.pair)).toEqual(['A1,A2', 'A1,B1']);

  await page.getByTestId('point-A2').focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('point-A2')).toHaveCount(0);
  await expect.poll(() => stat(page, 'points')).toBe(2);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await expect.poll(() => stat(page, 'pairs')).toBe(4);
});

test('a drag is one step of the history, undone and redone by keys', async ({ page }) => {
  await page.goto('./#lab=1');
  const a1 = page.getByTestId('point-A1');
  const start = await centreOf(a1);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(start.x - 8 * k, start.y + 3 * k);
  await page.mouse.up();
  const moved = await readPoint(a1);
  expect(moved.x).toBeLessThan(0.7);
  await page.keyboard.press('Control+z');
  await expect(a1).toHaveAttribute('data-x', '0.8');
  await expect(a1).toHaveAttribute('data-y', '0.2');
  await page.keyboard.press('Control+Shift+z');
  expect(await readPoint(a1)).toEqual(moved);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('pairs: every pair, hand-picked by clicking points and lines, or a balanced sample', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Pairs' }).click();
  await page.getByLabel('Every pair, n(n − 1)/2 of them').check();
  await expect.poll(() => stat(page, 'pairs')).toBe(6);
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('pairs=');

  await page.getByLabel('Hand-picked').check();
  await page.getByRole('button', { name: 'Pick pairs on the plane' }).click();
  await expect(page.getByRole('button', { name: 'Pick pairs', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // A1 then B2 is a pair already listed: clicking both takes it away.
  const a1 = await centreOf(page.getByTestId('point-A1'));
  const b2 = await centreOf(page.getByTestId('point-B2'));
  await page.mouse.click(a1.x, a1.y);
  await page.mouse.click(b2.x, b2.y);
  await expect.poll(() => stat(page, 'pairs')).toBe(5);
  await page.mouse.click(a1.x, a1.y);
  await page.mouse.click(b2.x, b2.y);
  await expect.poll(() => stat(page, 'pairs')).toBe(6);
  // With the pairs tool, clicking a line removes its pair.
  // In this scene all four cross-identity lines lie on x + y = 1; the click takes the one on top.
  const a2 = await centreOf(page.getByTestId('point-A2'));
  const spot = { x: (a2.x + b2.x) / 2, y: (a2.y + b2.y) / 2 };
  const underCursor = await page.evaluate(
    ({ x, y }) =>
      document
        .elementFromPoint(x, y)
        ?.closest('[data-testid="pair-line"]')
        ?.getAttribute('data-pair'),
    spot,
  );
  expect(underCursor).toMatch(/^(A1|A2|B1|B2),(A1|A2|B1|B2)$/);
  await page.mouse.click(spot.x, spot.y);
  await expect.poll(() => stat(page, 'pairs')).toBe(5);
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('pairs=');
  await expect(page.locator(`[data-testid="pair-line"][data-pair="${underCursor}"]`)).toHaveCount(
    0,
  );

  await page.getByLabel('Dissimilar pairs per similar pair').fill('1');
  await page.getByLabel('Balanced: every similar pair, and for each').check();
  await expect.poll(() => stat(page, 'positive')).toBe(2);
  await expect.poll(() => stat(page, 'negative')).toBe(2);
  await expect(page.getByTestId('stat-ratio')).toHaveText('(1 : 1)');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('pairs=balanced:1:1');
  await page.reload();
  await expect.poll(() => stat(page, 'pairs')).toBe(4);
  await expect(page.getByTestId('stat-pairs')).toContainText('4');
});

test('the hard-negative view lights the dissimilar pairs inside the margin', async ({ page }) => {
  await page.goto(`./#${ALL_PAIRS}`);
  await expect.poll(() => stat(page, 'active-negative')).toBe(4);
  await page.getByRole('tab', { name: 'Pairs' }).click();
  await page.getByLabel('Show the hard negatives on the plane').check();
  await expect(page.locator('[data-testid="pair-line"].dissimilar.lit')).toHaveCount(4);
  await expect(page.getByRole('list', { name: 'Hardest negatives' })).toContainText('A2–B2');
  // Past the margin, a pair is no longer hard.
  await page.getByRole('slider', { name: 'Margin' }).fill('0.5');
  await expect.poll(() => stat(page, 'active-negative')).toBe(0);
  await expect(page.locator('[data-testid="pair-line"].dissimilar.lit')).toHaveCount(0);
  await expect(page.getByText('No dissimilar pair is inside the margin')).toBeVisible();
});

test('the unit circle puts every point on it, keeps a drag there, and explains margins', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('button', { name: 'Unit circle' }).click();
  await expect(page.getByTestId('norm-note')).toContainText('0.5 and 1');
  for (const label of ['A1', 'A2', 'B1', 'B2']) {
    const { x, y } = await readPoint(page.getByTestId(`point-${label}`));
    expect(Math.hypot(x, y)).toBeCloseTo(1, 9);
  }
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('norm=1');
  const b1 = await centreOf(page.getByTestId('point-B1'));
  await page.mouse.move(b1.x, b1.y);
  await page.mouse.down();
  await page.mouse.move(b1.x - 60, b1.y + 80, { steps: 8 });
  await page.mouse.up();
  const dragged = await readPoint(page.getByTestId('point-B1'));
  expect(Math.hypot(dragged.x, dragged.y)).toBeCloseTo(1, 9);
  expect(dragged.x).toBeLessThan(0);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Unit circle' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Unit circle' }).click();
  await expect(page.getByTestId('norm-note')).toHaveCount(0);
});

test('the landscape under the active point equals the total, live through drags and margin', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('button', { name: 'Landscape' }).click();
  const landscape = page.getByTestId('landscape');
  await expect(landscape).toHaveAttribute('data-point', 'A1');
  const atPoint = async () => Number(await landscape.getAttribute('data-at-point'));
  expect(await atPoint()).toBeCloseTo(await totalOf(page), 9);

  // Grab B2: the landscape is now B2's, and stays equal to the total through the drag.
  const b2 = await centreOf(page.getByTestId('point-B2'));
  await page.mouse.move(b2.x, b2.y);
  await page.mouse.down();
  await page.mouse.move(b2.x + 50, b2.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(landscape).toHaveAttribute('data-point', 'B2');
  await expect.poll(atPoint).toBeCloseTo(await totalOf(page), 9);

  await page.getByRole('slider', { name: 'Margin' }).fill('1.5');
  await expect.poll(atPoint).toBeCloseTo(await totalOf(page), 9);
  expect(await landscape.getAttribute('data-min')).not.toBe(
    await landscape.getAttribute('data-max'),
  );
  await expect(page.locator('.plane-underlay')).toBeVisible();

  await page.getByRole('button', { name: 'Landscape' }).click();
  await expect(landscape).toHaveCount(0);
});
