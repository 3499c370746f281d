/**
 * The lab on a 1366×768 laptop: a large plane, a panel as tall as the window, the example's pair
 * table whole, and no region that scrolls inside another; on a phone, plane then panel with the
 * page's own scroll. lab=1 opens it, and so does any link with a scene or a lesson.
 */
import type { Page } from '@playwright/test';
import { centreOf, DEFAULT_LINK, expect, test } from './fixtures';

/**
 * Every region that scrolls (its content taller than its box, and overflow that lets it), with its
 * height and whether a scrolling region holds it: the page counts as one when it is taller than
 * the window.
 */
const scrollRegions = (page: Page) =>
  page.evaluate(() => {
    const scrolls = (element: Element) => {
      if (element === document.documentElement)
        return element.scrollHeight > window.innerHeight + 1;
      const style = getComputedStyle(element);
      return /auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    };
    return [...document.querySelectorAll('*')].filter(scrolls).map((element) => {
      let nested = false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (scrolls(parent)) nested = true;
      return {
        name: element.className || element.tagName,
        height: element.clientHeight,
        nested,
      };
    });
  });

test.describe('on a 1366×768 laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  for (const link of ['lab=1', DEFAULT_LINK]) {
    test(`#${link.slice(0, 12)}… opens the lab with room to work`, async ({ page }) => {
      await page.goto(`./#${link}`);
      await expect(page.locator('[data-room="lab"]')).toBeVisible();
      await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
      const a1 = await centreOf(page.getByTestId('point-A1'));
      const b1 = await centreOf(page.getByTestId('point-B1'));
      expect(Math.hypot(a1.x - b1.x, a1.y - b1.y)).toBeGreaterThanOrEqual(380);
      const panel = (await page.locator('.figure-panel').boundingBox())!;
      expect(panel.height).toBeGreaterThanOrEqual(768 * 0.75);
      for (const row of await page.getByTestId('pair-row').all())
        await expect(row).toBeInViewport({ ratio: 1 });
      expect(await scrollRegions(page)).toEqual([]);
    });
  }

  test('every tab’s content has one scrolling region, never shorter than half the window', async ({
    page,
  }) => {
    await page.goto('./#lab=1');
    for (const name of ['Losses', 'Compare', 'Pairs', 'Training', 'Scene', 'Lesson', 'Share']) {
      await page.getByRole('tab', { name, exact: true }).click();
      for (const region of await scrollRegions(page)) {
        expect(region.nested, `${name}: ${region.name} scrolls inside another`).toBe(false);
        expect(region.height, `${name}: ${region.name}`).toBeGreaterThanOrEqual(768 / 2);
      }
    }
  });

  test('the lab and the article link to each other', async ({ page }) => {
    await page.goto('./#lab=1');
    await page.getByRole('link', { name: 'Read the article' }).click();
    await expect(page.locator('[data-room="article"]')).toBeVisible();
    await expect(page.locator('[data-story-step]')).toHaveAttribute(
      'data-story-step',
      'embeddings',
    );
    await page.getByRole('link', { name: 'Open in the lab' }).click();
    await expect(page.locator('[data-room="lab"]')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Losses' })).toBeVisible();
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the plane, then the panel, with the page’s own scroll', async ({ page }) => {
    await page.goto('./#lab=1');
    const plane = (await page.locator('.plane-area').boundingBox())!;
    const panel = (await page.locator('.figure-panel').boundingBox())!;
    expect(plane.width).toBeGreaterThanOrEqual(360);
    expect(panel.y).toBeGreaterThan(plane.y + plane.height);
    const regions = await scrollRegions(page);
    expect(regions.map((region) => region.name)).toEqual(['HTML']);
  });
});
