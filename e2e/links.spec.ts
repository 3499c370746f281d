import { readFileSync } from 'node:fs';
import { serveStatic } from './staticServer';
import { centreOf, DEFAULT_LINK, expect, readPoint, readRows, test } from './fixtures';
import type { Page } from '@playwright/test';

async function sceneOf(page: Page) {
  const points = await page
    .locator('[data-testid^="point-"]')
    .evaluateAll((els) =>
      els.map((el) => [
        el.getAttribute('data-testid'),
        el.getAttribute('data-x'),
        el.getAttribute('data-y'),
      ]),
    );
  const margin = await page.getByRole('slider', { name: 'Margin' }).inputValue();
  const rows = (await readRows(page)).map((r) => [r.pair, r.loss]);
  return { points, margin, rows };
}

test('a link carries the edited scene into a fresh browser', async ({ page, browser }) => {
  await page.goto('./#lab=1');
  const a2 = page.getByTestId('point-A2');
  const start = await centreOf(a2);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 90, start.y + 40, { steps: 10 });
  await page.mouse.up();
  await page.getByTestId('point-B1').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('slider', { name: 'Margin' }).fill('1.37');

  const moved = await readPoint(a2);
  await expect.poll(() => new URL(page.url()).hash).toContain(`p=A2,alice,${moved.x},${moved.y}`);
  await expect.poll(() => new URL(page.url()).hash).toContain('m=1.37');
  await expect.poll(() => new URL(page.url()).hash).toContain('p=B1,bob,0.2,0.9');
  const before = await sceneOf(page);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  fresh.on('pageerror', (e) => errors.push(e.message));
  await fresh.goto(page.url());
  await expect(fresh.getByTestId('total-loss')).toBeVisible();
  expect(await sceneOf(fresh)).toEqual(before);
  expect(errors).toEqual([]);
  await context.close();

  await page.reload();
  expect(await sceneOf(page)).toEqual(before);
});

test('a drag writes the hash without adding history entries', async ({ page }) => {
  await page.goto('./#lab=1');
  const length = await page.evaluate(() => history.length);
  const b2 = await centreOf(page.getByTestId('point-B2'));
  await page.mouse.move(b2.x, b2.y);
  await page.mouse.down();
  await page.mouse.move(b2.x + 60, b2.y + 60, { steps: 20 });
  await page.mouse.up();
  await expect.poll(() => page.url()).toContain('p=B2,bob,');
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('the default link is the default scene, and a hand-edited hash loads at once', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await page.evaluate(() => {
    location.hash = 'm=0.5&p=P,ann,0,0&p=Q,ann,0.3,0.4&p=R,bo+b,1,0';
  });
  await expect(page.getByTestId('pair-row')).toHaveCount(3);
  const rows = await readRows(page);
  expect(rows.map((r) => r.pair)).toEqual(['P,Q', 'P,R', 'Q,R']);
  expect(rows[0]!.shownLoss).toBe('0.2500');
  await expect(page.getByTestId('point-R')).toHaveAttribute('aria-label', /bo b/);
});

const BROKEN: [string, RegExp][] = [
  ['m=abc', /"m=abc" is not a number/],
  ['m=-1&p=A1,alice,0,0', /m=-1.*outside the allowed range of 0 to 100/],
  ['p=A1,alice,0.8', /"p=A1,alice,0.8" has 3 parts; it needs 4/],
  ['p=A1,alice,abc,0.2', /x "abc" is not a number/],
  ['p=A1,a,0,0&p=A1,b,1,1', /label "A1" is already used by point 1/],
  ['p=A1,a,0,0&p=B1,b,1,1&pairs=A1-C9', /names "C9", which is not a point/],
  ['p=A%201,a,0,0', /label "A 1" must be 1 to 12 letters/],
  ['p=A1,a,1e9,0', /x = 1000000000 is too far out/],
  ['%E0%A4%A', /no points/],
];

for (const [hash, message] of BROKEN) {
  test(`a broken link (#${hash}) explains itself and shows the example`, async ({ page }) => {
    await page.goto(`./#${hash}`);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(message);
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await expect(page.getByTestId('pair-row')).toHaveCount(4);
    // The broken text stays in the address bar for the user to mend.
    expect(new URL(page.url()).hash).toBe(`#${hash}`);
  });
}

test('a broken link typed over an edited scene offers that scene back', async ({ page }) => {
  await page.goto('./#lab=1');
  await page.getByTestId('point-A1').focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('point-A1')).toHaveAttribute('data-y', '0.1');
  await page.evaluate(() => {
    location.hash = 'm=lots';
  });
  await expect(page.getByRole('alert')).toContainText('"m=lots" is not a number');
  await expect(page.getByTestId('point-A1')).toHaveAttribute('data-y', '0.2');
  await page.getByRole('button', { name: 'Bring back the scene I had' }).click();
  await expect(page.getByTestId('point-A1')).toHaveAttribute('data-y', '0.1');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the built site works from a sub-folder', async ({ page }) => {
  const server = await serveStatic(process.env.E2E_DIST ?? 'dist', '/courses/ml/contrastive/');
  try {
    await page.goto(`${server.url}#m=0.5&p=A,x,0,0&p=B,y,0.2,0`);
    await expect(page.getByTestId('total-loss')).toHaveText('0.0900');
    await page.getByRole('link', { name: 'Read the article' }).click();
    // The rest of the article is a chunk of its own: it must load from the sub-folder too.
    await expect(page.getByRole('heading', { name: 'Test your understanding' })).toBeVisible();
    // So must KaTeX's fonts, which its CSS names by paths relative to itself.
    const katexFonts = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const fonts = [...document.fonts].filter((font) => font.family.includes('KaTeX'));
        return {
          loaded: fonts.filter((font) => font.status === 'loaded').length,
          failed: fonts.filter((font) => font.status === 'error').length,
        };
      });
    await expect.poll(async () => (await katexFonts()).loaded).toBeGreaterThan(0);
    expect((await katexFonts()).failed).toBe(0);
  } finally {
    // Leave before the server goes, so no late request of the page meets a closed port.
    await page.goto('about:blank');
    await server.close();
  }
});

test('every example link in the README opens what the README says', async ({ page }) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const links = [...readme.matchAll(/#(m=[^\s`)]+)/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThanOrEqual(2);
  for (const link of links) {
    await page.goto('about:blank');
    await page.goto(`./#${link}`);
    // Each is the worked example: its four pairs and its total, and no notice of a broken link.
    await expect(page.getByTestId('total-loss'), link).toHaveText('0.0330');
    await expect(page.getByTestId('stat-pairs')).toHaveAttribute('data-value', '4');
    await expect(page.getByRole('alert')).toHaveCount(0);
    const params = new URLSearchParams(link);
    await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveCount(
      params.get('present') === '1' ? 1 : 0,
    );
    const hidden = (params.get('hide') ?? '').split(',');
    const parts = {
      toolbar: page.getByRole('group', { name: 'What a press on the plane does' }),
      tabs: page.getByRole('tablist'),
      training: page.getByRole('button', { name: 'Play' }),
    };
    for (const [name, part] of Object.entries(parts))
      if (hidden.includes(name)) await expect(part, `${name} in ${link}`).toBeHidden();
      else await expect(part, `${name} in ${link}`).toBeVisible();
  }
});

test('the landscape travels with the link into a fresh browser', async ({ page, browser }) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  await page.getByRole('button', { name: 'Landscape' }).click();
  await expect(page.getByTestId('landscape')).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('landscape=1');
  const link = page.url();

  const fresh = await browser.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('landscape')).toBeVisible();
  await expect(fresh.getByRole('button', { name: 'Landscape' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await fresh.getByRole('button', { name: 'Landscape' }).click();
  await expect(fresh.getByTestId('landscape')).toHaveCount(0);
  await expect.poll(() => fresh.evaluate(() => location.hash)).not.toContain('landscape');
  await fresh.close();
});
