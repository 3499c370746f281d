/**
 * Offline (vite-plugin-pwa's Workbox service worker): after one visit the page, its article and
 * formulas, and the digits the reader never scrolled to open with no network; a new build waits
 * behind a notice until the reader reloads into it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, framesPass, test } from './fixtures';
import { serveStatic } from './staticServer';

const DIST = process.env.E2E_DIST ?? 'dist';

// The other browser tests block service workers (playwright.config.ts); these need one.
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the worker has kept every file (it is active only once its install, which fetches
 * them all, has finished), then loads the page again so that the worker controls it: a first
 * visit is never taken over mid-way.
 */
async function visitOnce(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
    .toBe('activated');
}

test('after one visit, the page, its article and formulas, and the digits open offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await visitOnce(page, '/');
  // Other files in the page's folder are still theirs, not the page (the fallback's allowlist):
  // opened in a frame, whose navigation the worker sees as a tab's.
  const beside = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        const frame = document.createElement('iframe');
        frame.src = 'data/README.md';
        frame.onload = () => done(frame.contentDocument?.body.textContent ?? '');
        document.body.append(frame);
      }),
  );
  expect(beside).toContain('# digits.csv.gz');
  await context.setOffline(true);
  try {
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await expect(page.getByTestId('point-A1')).toBeVisible();
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await expect(page.getByRole('heading', { name: 'Test your understanding' })).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
    const katexFonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const fonts = [...document.fonts].filter((font) => font.family.includes('KaTeX'));
      return {
        loaded: fonts.filter((font) => font.status === 'loaded').length,
        failed: fonts.filter((font) => font.status === 'error').length,
      };
    });
    expect(katexFonts.loaded).toBeGreaterThan(0);
    expect(katexFonts.failed).toBe(0);

    // The first visit never reached the digits: only the worker's copy can bring them now.
    await expect(async () => {
      await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
      await expect(page.getByRole('region', { name: 'Digits' })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId('digits-pca-accuracy')).toHaveAttribute('data-value', /^0\.\d+/, {
      timeout: 30_000,
    });
    await expect(page.getByTestId('digits-map')).toBeVisible();
  } finally {
    // The context is reused by the next test.
    await context.setOffline(false);
  }
});

test('a frame on another page (embed=1) keeps no offline copy; the whole page does', async ({
  page,
}) => {
  const registrations = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  await page.goto('/#embed=1');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  // The whole page registers its worker once loaded; the frame, given that long, has none.
  await page.waitForLoadState('load');
  await framesPass(page, 10);
  expect(await registrations()).toBe(0);
  await page.goto('/');
  await expect.poll(registrations).toBe(1);
});

/** A copy of the build, served from a folder of its own, that the test can replace. */
async function servedCopy() {
  const root = await mkdtemp(join(tmpdir(), 'offline-build-'));
  await cp(DIST, root, { recursive: true });
  const server = await serveStatic(root, '/lesson/');
  return {
    url: server.url,
    /**
     * A new build: index.html changes, and so does its revision in the worker's list, which makes
     * sw.js differ by a byte or more, the browser's sign of a new version.
     */
    async publishNewBuild() {
      const index = join(root, 'index.html');
      const html = await readFile(index, 'utf8');
      await writeFile(index, html.replace('<head>', '<head><meta name="build" content="2">'));
      const worker = join(root, 'sw.js');
      const script = await readFile(worker, 'utf8');
      const next = script.replace(/(url:"index\.html",revision:")[^"]+"/, '$1second-build"');
      expect(next).not.toBe(script);
      await writeFile(worker, next);
    },
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

test('a new build waits behind a notice until the reader reloads into it', async ({ page }) => {
  const site = await servedCopy();
  try {
    await visitOnce(page, site.url);
    const notice = page.getByRole('status').filter({ hasText: 'A new version' });
    await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);

    await site.publishNewBuild();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toContainText('A new version of this page is ready.');
    // The old version stays until the reader chooses.
    await expect(page.locator('meta[name="build"]')).toHaveCount(0);

    // Later puts it off; the next look (here, a reload) finds the waiting version again.
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(page.locator('meta[name="build"]')).toHaveCount(0);

    // In the lab's presentation, on a phone, it is still there to be read and pressed.
    await page.getByRole('link', { name: 'Open in the lab' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', '2');
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await expect(notice).toHaveCount(0);
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        controlled: navigator.serviceWorker.controller?.state,
        waiting: registration?.waiting ?? null,
      };
    });
    expect(worker).toEqual({ controlled: 'activated', waiting: null });
  } finally {
    // Leave before the server goes, so no late request of the page meets a closed port.
    await page.goto('about:blank');
    await site.close();
  }
});
