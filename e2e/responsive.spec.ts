/**
 * From a 360-px phone to a 4K screen: no horizontal scrolling, the figure's key parts wholly in
 * the window's width; and touch and pen: a pen or a finger drags a point, a finger elsewhere
 * scrolls the page.
 */
import type { Page } from '@playwright/test';
import { centreOf, DEFAULT_LINK, expect, readPoint, test } from './fixtures';

const SCREENS = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

const parts = (page: Page) => ({
  plane: page.locator('svg.plane-marks'),
  slider: page.getByRole('slider', { name: 'Margin' }),
  play: page.getByRole('button', { name: 'Play' }),
  total: page.getByTestId('total-loss'),
});

for (const screen of SCREENS) {
  test(`${screen.width}×${screen.height}: no sideways scrolling, nothing cut off`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    await page.goto(`/#${DEFAULT_LINK}`);
    await page.getByTestId('total-loss').waitFor();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    for (const [name, part] of Object.entries(parts(page))) {
      const box = await part.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(screen.width);
    }
  });
}

test('on a 4K screen the article fills the width sensibly and the type grows', async ({ page }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto('/');
  const sizes = await page.evaluate(() => ({
    font: parseFloat(getComputedStyle(document.documentElement).fontSize),
    layout: document.querySelector('.layout')!.getBoundingClientRect().width,
  }));
  expect(sizes.font).toBeGreaterThanOrEqual(24);
  expect(sizes.layout).toBeGreaterThanOrEqual(2000);
  expect(sizes.layout).toBeLessThanOrEqual(2600);
});

test('a pen drags a point', async ({ page }) => {
  await page.goto(`/#${DEFAULT_LINK}`);
  const point = page.getByTestId('point-B1');
  const before = await readPoint(point);
  const box = (await point.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const pen = (
    type: 'mousePressed' | 'mouseMoved' | 'mouseReleased',
    dx: number,
    buttons: number,
  ) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x: x + dx,
      y,
      button: 'left',
      buttons,
      clickCount: 1,
      pointerType: 'pen',
    });
  await pen('mousePressed', 0, 1);
  for (let dx = 10; dx <= 80; dx += 10) await pen('mouseMoved', dx, 1);
  await pen('mouseReleased', 80, 0);
  const after = await readPoint(point);
  expect(after.x).toBeGreaterThan(before.x + 0.05);
  expect(after.y).toBeCloseTo(before.y, 2);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a finger drags a point on the plane without scrolling the page', async ({ page }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    const point = page.getByTestId('point-A1');
    await point.scrollIntoViewIfNeeded();
    const before = await readPoint(point);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const box = (await point.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: y + dy }],
      });
    await touch('touchStart', 0);
    for (let dy = 8; dy <= 64; dy += 8) await touch('touchMove', dy);
    await touch('touchEnd', 64);
    const after = await readPoint(point);
    expect(after.y).toBeLessThan(before.y - 0.05);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });

  test('a swipe on the article scrolls the page', async ({ page }) => {
    await page.goto('/');
    const paragraph = page.locator('article.story p').nth(3);
    // Below the figure, which stands over the top of the text on a phone.
    await paragraph.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const box = (await paragraph.boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: y - dy }],
      });
    await touch('touchStart', 0);
    for (let dy = 20; dy <= 240; dy += 20) await touch('touchMove', dy);
    await touch('touchEnd', 240);
    // The finger moved up, so the page scrolls down: the plane's touch handling stays on the plane.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });

  test('controls are at least 44 px tall for fingers', async ({ page }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    for (const name of ['Play', 'Step', 'Present', 'Dark theme'] as const) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.height, name).toBeGreaterThanOrEqual(44);
    }
  });
});

test('a finger drags a point on a touch screen', async ({ browser }) => {
  const context = await browser.newContext({
    hasTouch: true,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto('./');
  const point = page.getByTestId('point-B1');
  const start = await centreOf(point);
  const client = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    client.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  await touch('touchStart', start.x, start.y);
  for (let step = 1; step <= 10; step++)
    await touch('touchMove', start.x + step * 5, start.y + step * 4);
  await touch('touchEnd', start.x + 50, start.y + 40);
  const moved = await readPoint(point);
  expect(moved.x).toBeGreaterThan(0.15);
  expect(moved.y).toBeLessThan(0.85);
  const centre = await centreOf(point);
  expect(Math.abs(centre.x - (start.x + 50))).toBeLessThan(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await context.close();
});

test('the page reads well on a phone: no horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByTestId('total-loss')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
