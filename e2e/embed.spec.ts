/**
 * Embedding (embed=1): the figure alone in a course page's frame, the height it reports and the
 * parent that sizes the frame from it (public/embed-example.*), a sandboxed frame with no storage,
 * and embed=1 opened with no frame around it. The Share tab's embed code: embedCode.spec.ts.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { courseStub, documentOf } from './coursePage';
import { DEFAULT_LINK, axe, centreOf, expect, test } from './fixtures';
import { openShare, panel } from './shareTab';

const EMBED_LINK = `${DEFAULT_LINK}&embed=1`;

/** The frame's height on the course page and its document's, and whether it scrolls sideways. */
async function sizes(frame: Locator) {
  const box = (await frame.boundingBox())!;
  const inside = await (
    await documentOf(frame)
  ).evaluate(() => {
    const root = document.documentElement;
    return { scroll: root.scrollHeight, wide: root.scrollWidth, width: root.clientWidth };
  });
  return { frame: box.height, frameWidth: box.width, ...inside };
}

/** Drags A1 by a few dozen pixels with the mouse and returns the total loss before and after. */
async function dragA1(page: Page, figure: FrameLocator | Page) {
  const total = figure.getByTestId('total-loss');
  const before = await total.getAttribute('data-value');
  const point = figure.getByTestId('point-A1');
  await point.scrollIntoViewIfNeeded();
  const from = await centreOf(point);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 70, from.y + 40, { steps: 8 });
  await page.mouse.up();
  await expect(total).not.toHaveAttribute('data-value', before!);
  return { before: Number(before), after: Number(await total.getAttribute('data-value')) };
}

/** The figure alone: the plane and its controls, none of the article or its header. */
async function expectFigureAlone(figure: FrameLocator | Page) {
  await expect(figure.locator('svg.plane-marks')).toBeVisible();
  await expect(figure.getByRole('slider', { name: 'Margin' })).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(figure.locator('article.story')).toHaveCount(0);
  await expect(figure.getByRole('button', { name: 'Present', exact: true })).toBeHidden();
  await expect(figure.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(figure.getByText('Drag the photos’ embeddings.')).toBeHidden();
}

test('the example course page sizes its frame to the figure, which still answers a drag', async ({
  page,
}) => {
  await page.goto('./embed-example.html');
  await expect(page.getByRole('heading', { name: 'Week 3: contrastive loss' })).toBeVisible();
  const frame = page.locator('iframe');
  const figure = page.frameLocator('iframe');
  await expectFigureAlone(figure);
  await expect(figure.getByTestId('total-loss')).toHaveText('0.0330');

  // The snippet's 960 px gave way to the height the figure reported: all of it, no more.
  await expect
    .poll(async () => {
      const { frame: outside, scroll } = await sizes(frame);
      return Math.abs(outside - scroll);
    })
    .toBeLessThanOrEqual(2);
  const fitted = await sizes(frame);
  expect(fitted.frame).not.toBe(960);
  expect(fitted.wide).toBeLessThanOrEqual(fitted.width);

  const { before, after } = await dragA1(page, figure);
  expect(after).not.toBe(before);
  // A taller content (the Pairs tab) is reported too, and the frame follows.
  await figure.getByRole('tab', { name: 'Pairs' }).click();
  await expect
    .poll(async () => {
      const now = await sizes(frame);
      return Math.abs(now.frame - now.scroll) <= 2 && now.frame !== fitted.frame;
    })
    .toBe(true);
});

test('in frames 360, 600 and 900 px wide the figure fits the width, and hide= still hides', async ({
  page,
}) => {
  const widths = [360, 600, 900];
  await page.setViewportSize({ width: 960, height: 800 });
  await courseStub(
    page,
    widths
      .map(
        (width) =>
          `<iframe title="figure ${width}" style="display:block;border:0;width:${width}px;height:640px" src="./index.html#${EMBED_LINK}&amp;hide=tabs,legend"></iframe>`,
      )
      .join(''),
  );
  for (const width of widths) {
    const frame = page.getByTitle(`figure ${width}`);
    const figure = page.frameLocator(`iframe[title="figure ${width}"]`);
    await expect(figure.getByTestId('total-loss')).toBeVisible();
    await expect(figure.getByRole('tab')).toHaveCount(0);
    await expect(figure.getByTestId('legend')).toBeHidden();
    await expect(figure.getByRole('link', { name: 'Open the full page' })).toBeVisible();
    await expect.poll(async () => (await sizes(frame)).frame).not.toBe(640);
    const fitted = await sizes(frame);
    expect(fitted.frameWidth).toBe(width);
    expect(fitted.wide, `${width} px: no sideways scroll`).toBeLessThanOrEqual(fitted.width);
    expect(Math.abs(fitted.frame - fitted.scroll)).toBeLessThanOrEqual(2);
    const plane = (await figure.locator('svg.plane-marks').boundingBox())!;
    const inside = (await frame.boundingBox())!;
    expect(plane.x).toBeGreaterThanOrEqual(inside.x);
    expect(plane.x + plane.width).toBeLessThanOrEqual(inside.x + width);
    // Sized to the frame: all of its width but the margins, up to the plane's widest.
    expect(plane.width).toBeGreaterThanOrEqual(Math.min(width, 900) - 80);
  }
});

test('a sandboxed frame without storage shows the figure, works, and says nothing of saving', async ({
  page,
}) => {
  // Sandboxed without allow-same-origin, the frame's origin is "null", so the browser fetches the
  // page's module scripts and styles across origins: a host must allow that, as GitHub Pages does
  // with Access-Control-Allow-Origin: *. The preview server does not, so the test adds the header.
  await page.route('**/assets/**', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'access-control-allow-origin': '*' },
    });
  });
  await courseStub(
    page,
    `<iframe sandbox="allow-scripts" title="figure" style="border:0;width:640px;height:640px" src="./index.html#${EMBED_LINK}"></iframe>`,
  );
  const figure = page.frameLocator('iframe');
  await expectFigureAlone(figure);
  const inside = await documentOf(page.locator('iframe'));
  expect(
    await inside.evaluate(() => {
      try {
        return typeof localStorage.length;
      } catch (error) {
        return (error as DOMException).name;
      }
    }),
  ).toBe('SecurityError');
  await dragA1(page, figure);
  await figure.getByRole('slider', { name: 'Margin' }).fill('1.5');
  await expect(figure.getByRole('slider', { name: 'Margin' })).toHaveValue('1.5');
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await expect(figure.getByText(/not being saved/i)).toHaveCount(0);
});

test('embed=1 with no frame around it shows the figure alone, keeps its link and its hash', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await page.evaluate(() =>
    localStorage.setItem(
      'contrastive-loss:scene',
      JSON.stringify({
        version: 1,
        savedAt: '2026-01-01T00:00:00.000Z',
        scene: { version: 1, margin: 3, points: [{ label: 'Z1', identity: 'zed', x: 0, y: 0 }] },
      }),
    ),
  );
  // An embed shows its link's scene, here none: the example, not the reader's saved work. (Another
  // path than './', so the page loads anew rather than reading a new hash.)
  await page.goto('./index.html#embed=1');
  await expectFigureAlone(page);
  await expect(page.getByTestId('point-A1')).toHaveAttribute('data-x', '0.8');
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveCount(0);
  await expectFigureAlone(page);

  await dragA1(page, page);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#m=1&p=A1,.*&embed=1$/);
  const moved = await page.getByTestId('point-A1').getAttribute('data-x');
  expect(moved).not.toBe('0.8');
  // Not saved over the reader's own scene either.
  expect(await page.evaluate(() => localStorage.getItem('contrastive-loss:scene'))).toContain('Z1');

  const full = page.getByRole('link', { name: 'Open the full page' });
  await expect(full).toHaveAttribute('target', '_blank');
  const [opened] = await Promise.all([context.waitForEvent('page'), full.click()]);
  await expect(opened.locator('[data-room="lab"]')).toBeVisible();
  expect(new URL(opened.url()).hash).not.toContain('embed');
  await expect(opened.getByTestId('point-A1')).toHaveAttribute('data-x', moved!);
  await opened.close();
});

test('the figure alone, its Share tab open, has no accessibility violations', async ({ page }) => {
  await openShare(page, `#${EMBED_LINK}`);
  await expect(panel(page).getByRole('textbox', { name: 'Embed code' })).toBeVisible();
  const { violations } = await axe(page).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a lesson in a frame steps with its bar and a clicker, and the full page opens at the same step', async ({
  page,
  context,
}) => {
  const lesson =
    'step=m=1;p=A1,alice,0.8,0.2;p=B1,bob,0.1,0.9;pairs=all;cap=Two+people&step=m=0.3;same;cap=A+small+margin';
  await page.goto(`./#${lesson}&at=2&embed=1`);
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('lesson-caption')).toHaveText('A small margin');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(page.getByTestId('lesson-caption')).toHaveText('Two people');
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('1');
  // A clicker's keys reach the frame that has the focus.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('lesson-caption')).toHaveText('A small margin');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('lesson-caption')).toHaveText('Two people');
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Open the full page' }).click(),
  ]);
  await expect(opened.locator('[data-room="lab"]')).toBeVisible();
  await expect(opened.getByTestId('lesson-step')).toHaveAttribute('data-value', '1');
  expect(new URL(opened.url()).hash).not.toContain('embed');
  await opened.close();
});
