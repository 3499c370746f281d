/**
 * A reader of the article, who mostly scrolls: the first screen holds the title, a short opening,
 * the plane, its total and the margin, and little else; as each section comes into view the figure
 * acts it out with that section's scene; the digits network takes the figure's place; the story
 * ends with a summary. On a phone the figure stays within a screen of the paragraph it belongs to.
 */
import type { Page } from '@playwright/test';
import { STORY } from '../src/article/story';
import { dragTo, expect, test } from './fixtures';

const figure = (page: Page) => page.locator('[data-story-step]');

/** The article as a first visit opens it, on the worked example. */
async function openArticle(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
}

/** The controls a reader can see in the window, but for the theme buttons. */
const controlsInView = (page: Page) =>
  page.evaluate(() => {
    const selector = 'button, a[href], input, select, textarea, [tabindex="0"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !element.closest('.display-toggles'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility !== 'hidden' &&
          box.bottom > 0 &&
          box.top < window.innerHeight &&
          box.right > 0 &&
          box.left < window.innerWidth
        );
      })
      .map((element) => element.getAttribute('aria-label') ?? element.textContent.trim());
  });

/**
 * Scrolls down with the mouse wheel, as a reader does, to the end of the page, and returns the
 * sections the figure showed, in the order it showed them.
 */
async function scrollThrough(page: Page) {
  const seen: string[] = [];
  const box = page.viewportSize()!;
  await page.mouse.move(box.width * 0.25, box.height * 0.9);
  for (let turn = 0; turn < 400; turn++) {
    const step = await figure(page).getAttribute('data-story-step');
    if (step && seen.at(-1) !== step) seen.push(step);
    const atEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atEnd && seen.at(-1) === STORY.at(-1)!.id) break;
    await page.mouse.wheel(0, box.height * 0.4);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  return seen;
}

test.describe('a reader on a 1366×768 laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the first screen holds the title, the plane, its total and the margin, and little else', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.locator('[data-room="article"]')).toBeVisible();
    await expect(figure(page)).toHaveAttribute('data-story-step', 'embeddings');
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await expect(page.getByRole('slider', { name: 'Margin' })).toBeInViewport();
    const controls = await controlsInView(page);
    expect(controls.length, controls.join(' · ')).toBeLessThanOrEqual(6);
    // The lab's tools wait in the lab.
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present' })).toHaveCount(0);
  });

  test('scrolling, the figure acts out every section in turn, and the story ends with a summary', async ({
    page,
  }) => {
    await openArticle(page);
    const seen = await scrollThrough(page);
    expect(seen).toEqual(STORY.map((step) => step.id));
    await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
  });

  test('each section’s scene is on the plane while it is read, and only its controls', async ({
    page,
  }) => {
    await page.goto('./#push');
    await expect(figure(page)).toHaveAttribute('data-story-step', 'push');
    await expect(page.locator('[data-story-step] [data-testid^="point-"]')).toHaveCount(9);
    await expect(
      page.locator('[data-story-step]').getByRole('button', { name: 'Play' }),
    ).toBeVisible();

    await page.locator('#limitations').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(figure(page)).toHaveAttribute('data-story-step', 'limitations');
    await expect(page.locator('[data-story-step] [data-testid^="point-"]')).toHaveCount(40);
    await expect(
      page.locator('[data-story-step]').getByRole('button', { name: 'Play' }),
    ).toHaveCount(0);
  });

  test('the digits network takes the figure’s place: one Play and one margin on screen', async ({
    page,
  }) => {
    await page.goto('./#from-points-to-a-network');
    await expect(figure(page)).toHaveAttribute('data-story-step', 'from-points-to-a-network');
    const digits = page.getByRole('region', { name: 'Digits' });
    // Made once the reader comes near it.
    await expect(async () => {
      await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
      await expect(digits.getByRole('button', { name: 'Play' })).toBeInViewport({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(figure(page)).toHaveAttribute('data-story-step', 'from-points-to-a-network');
    await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(1);
    await expect(page.getByRole('slider', { name: 'Margin' })).toHaveCount(1);
  });

  test('a drag is the reader’s until they ask for the section’s scene back; the lab takes it on', async ({
    page,
  }) => {
    await openArticle(page);
    await dragTo(page, 'A1', { x: 0.3, y: 0.6 });
    const dragged = await page.getByTestId('total-loss').textContent();
    expect(dragged).not.toBe('0.0330');
    // The article keeps no scene in the address bar: a reload is the article again.
    expect(new URL(page.url()).hash).toBe('');

    await page.getByRole('link', { name: 'Open in the lab' }).click();
    await expect(page.locator('[data-room="lab"]')).toBeVisible();
    await expect(page.getByTestId('total-loss')).toHaveText(dragged!);
    await expect(page.getByTestId('pair-row')).toHaveCount(4);

    await page.getByRole('link', { name: 'Read the article' }).click();
    await expect(page.locator('[data-room="article"]')).toBeVisible();
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await dragTo(page, 'B2', { x: 0.5, y: 0.5 });
    await page.getByRole('button', { name: 'Back to this section’s scene' }).click();
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await expect(page.getByRole('button', { name: 'Back to this section’s scene' })).toHaveCount(0);
  });
});

test.describe('a reader on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the figure stays on screen over the text it acts out, section after section', async ({
    page,
  }) => {
    await openArticle(page);
    const seen = await scrollThrough(page);
    expect(seen).toEqual(STORY.map((step) => step.id));
    for (const id of ['worked-example', 'margin', 'related']) {
      await page.locator(`#${id} h2`).scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 300);
      await expect(figure(page)).toHaveAttribute('data-story-step', id);
      const box = (await figure(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      // About three fifths of the screen at most, the paragraph it acts out in the rest.
      expect(box.y + box.height).toBeLessThanOrEqual(844 * 0.62);
    }
  });
});
