/**
 * The rooms the page is used in: a teacher presenting on a 1024×768 projector, a student on a
 * 1366×768 laptop and on a 390×844 phone. In each, every tab can be reached by a click and every
 * column of the pair table can be read, nothing is cut off at the side, and the numbers are whole.
 */
import type { Locator } from '@playwright/test';
import { DEFAULT_LINK, expect, test } from './fixtures';

const ROOMS = [
  { name: 'a projector in presentation', viewport: { width: 1024, height: 768 }, present: true },
  { name: 'a laptop', viewport: { width: 1366, height: 768 }, present: false },
  { name: 'a phone', viewport: { width: 390, height: 844 }, present: false, touch: true },
] as const;

const TABS = ['Losses', 'Compare', 'Pairs', 'Training', 'Scene', 'Share'];

/**
 * Whether the element can be seen whole where it is: inside the window's width, and the topmost
 * thing at its centre (no ancestor clips it, nothing covers it).
 */
async function wholeAndOnTop(locator: Locator): Promise<string> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'it has no size';
    if (box.left < 0 || box.right > window.innerWidth + 0.5)
      return `it runs off the side (${box.left}–${box.right})`;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5)
        return `${parent.className || parent.tagName} cuts it off`;
    }
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top && (top === element || element.contains(top)) ? 'ok' : 'something covers it';
  });
}

/** The text fits its box: nothing spills past it or is cut to an ellipsis. */
const fitsItsBox = (locator: Locator) =>
  locator.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);

for (const room of ROOMS) {
  test.describe(`on ${room.name}`, () => {
    test.use({ viewport: room.viewport, hasTouch: 'touch' in room });

    test('every tab is reached by a click and every column of the table can be read', async ({
      page,
    }) => {
      await page.goto(`/#${DEFAULT_LINK}${room.present ? '&present=1' : ''}`);
      await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
      for (const name of TABS) {
        const tab = page.getByRole('tab', { name, exact: true });
        expect(await wholeAndOnTop(tab), `the ${name} tab`).toBe('ok');
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
      }
      await page.getByRole('tab', { name: 'Losses' }).click();
      const header = page.locator('.pair-table thead th');
      await expect(header).toHaveText(['Pair', 'y', 'D', 'Loss']);
      for (const cell of await header.all())
        expect(await wholeAndOnTop(cell), `the ${await cell.textContent()} heading`).toBe('ok');
      const largest = page.locator('tr[data-pair="A2,B2"] td');
      for (const cell of await largest.all())
        expect(await wholeAndOnTop(cell), `the cell "${await cell.textContent()}"`).toBe('ok');
      await expect(largest.nth(1)).toHaveText('0.8485');
      await expect(largest.nth(2)).toHaveText('0.0229');
      expect(await wholeAndOnTop(page.getByTestId('table-total'))).toBe('ok');
    });

    test('a 40-point scene shows its whole total and the loss switcher whole', async ({ page }) => {
      await page.goto(`/#${DEFAULT_LINK}${room.present ? '&present=1' : ''}`);
      await page.getByRole('tab', { name: 'Scene' }).click();
      await page.getByRole('button', { name: /8 people × 5 photos/ }).click();
      const total = page.getByTestId('total-loss');
      await expect(total).not.toHaveText('0.0330');
      expect(await fitsItsBox(total)).toBe(true);
      expect(await wholeAndOnTop(total)).toBe('ok');
      for (const name of ['Contrastive', 'Triplet', 'InfoNCE'])
        expect(
          await wholeAndOnTop(page.locator('.loss-switcher label', { hasText: name })),
          name,
        ).toBe('ok');
    });
  });
}

test.describe('on a 1366×768 laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the plane, the total and the table’s rows show together beside the text', async ({
    page,
  }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    for (const part of [
      page.locator('svg.plane-marks'),
      page.getByTestId('total-loss'),
      page.getByRole('tab', { name: 'Losses' }),
      page.locator('tr[data-pair="A1,A2"]'),
      page.getByTestId('table-total'),
    ])
      await expect(part).toBeInViewport({ ratio: 1 });
    // The table scrolls in its tab; the plane and the total stay where they are.
    await page.locator('tr[data-pair="B1,B2"]').scrollIntoViewIfNeeded();
    await expect(page.locator('tr[data-pair="B1,B2"]')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('svg.plane-marks')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('total-loss')).toBeInViewport({ ratio: 1 });
  });

  test('the margin’s label and value keep to one line', async ({ page }) => {
    await page.goto(`/#${DEFAULT_LINK}`);
    const heights = await page
      .locator('.knob-heading')
      .evaluate((heading) =>
        [...heading.children].map((child) => child.getBoundingClientRect().height),
      );
    const line = await page
      .locator('.knob-heading output')
      .evaluate((output) => parseFloat(getComputedStyle(output).lineHeight));
    for (const height of heights) expect(height).toBeLessThan(line * 1.5);
  });
});
