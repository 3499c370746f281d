/**
 * Takes the README's screenshots of the built page: the article's first screen and the lab on a
 * 1366×768 laptop, and the article on a 390×844 phone.
 *   npm run build && npx tsx scripts/screenshot.ts [out-dir]
 * Serves dist/ itself, so nothing else needs to be running.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveStatic } from '../e2e/staticServer';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const server = await serveStatic('dist', '/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [name, width, height, hash] of [
    ['article', 1366, 768, ''],
    ['lab', 1366, 768, '#lab=1'],
    ['phone', 390, 844, ''],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${hash}`);
    await page.getByTestId('total-loss').waitFor();
    // The rest of the article arrives in a chunk of its own.
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${outDir}/${name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
