import { generateScene } from '../src/scene/generate';
import { sceneToHash } from '../src/scene/codec/link';
import { centreOf, expect, readPoint, test } from './fixtures';

function link(identities: number) {
  const scene = generateScene({ identities, photos: 5, spread: 0.15, seed: 1 });
  if (!scene.ok) throw new Error(scene.problems.join(' '));
  return `./#${sceneToHash(scene.value)}`;
}

test('a scene of 1000 points keeps the plane in view beside a scrolling table', async ({
  page,
}) => {
  await page.goto(link(200));
  await expect(page.getByTestId('total-loss')).toBeVisible();
  const plane = (await page.locator('.plane-marks').boundingBox())!;
  expect(plane.height).toBeGreaterThan(250);
  await expect(page.getByTestId('pair-row')).toHaveCount(200);
  await expect(page.locator('.pair-table caption')).toContainText('499500 pairs');
  // Points are drawn on canvas layers; the SVG keeps one handle per point for the hooks and keys.
  const layers = page.locator('.plane-canvas');
  await expect(layers).toHaveCount(3);
  const symbols = page.locator('.plane-canvas[data-layer="symbols"]');
  await expect(symbols).toBeVisible();
  const inked = await symbols.evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
  // A thousand symbols of a few pixels each: far more than any stray mark.
  expect(inked).toBeGreaterThan(2000);
  await expect(page.locator('[data-testid^="point-"]')).toHaveCount(1000);
});

test('dragging a point of a dense scene moves it, updates its pairs, and its gradient hooks catch up', async ({
  page,
}) => {
  await page.goto(link(40));
  const point = page.getByTestId('point-A1');
  const before = await readPoint(point);
  const row = page.locator('[data-testid="pair-row"][data-pair="A1,A2"]');
  const dBefore = Number(await row.getAttribute('data-d'));
  const gradBefore = await page.getByTestId('grad-A2').getAttribute('data-gx');
  const start = await centreOf(point);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y + 25, { steps: 10 });
  await page.mouse.up();
  const after = await readPoint(point);
  expect(after.x).toBeGreaterThan(before.x);
  expect(after.y).toBeLessThan(before.y);
  const a2 = await readPoint(page.getByTestId('point-A2'));
  const d = Math.hypot(after.x - a2.x, after.y - a2.y);
  expect(Number(await row.getAttribute('data-d'))).toBeCloseTo(d, 12);
  expect(Number(await row.getAttribute('data-d'))).not.toBeCloseTo(dBefore, 6);
  await expect.poll(() => page.getByTestId('grad-A2').getAttribute('data-gx')).not.toBe(gradBefore);
});
