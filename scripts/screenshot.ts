/**
 * Takes screenshots of the built page at a projector-like and a phone-sized window:
 *   npm run build && npx tsx scripts/screenshot.ts [out-dir] [hash]
 * Serves dist/ itself, so nothing else needs to be running.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveStatic } from '../e2e/staticServer';

const outDir = process.argv[2] ?? 'screenshots';
const hash = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });
const server = await serveStatic('dist', '/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${hash ? `#${hash}` : ''}`);
    await page.getByTestId('total-loss').waitFor();
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: name === 'phone' });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
