/**
 * Finds a Chromium for the browser tests, screenshots and benchmarks. Playwright cannot download
 * its own browser here, so the system's Chromium is used: CHROME_PATH when set, otherwise the
 * usual install locations.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment) {
    if (existsSync(fromEnvironment)) return fromEnvironment;
    throw new Error(`CHROME_PATH is set to ${fromEnvironment}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one, e.g. on Debian or Ubuntu: sudo apt-get install chromium',
      'or point CHROME_PATH at a Chromium or Chrome executable:',
      '  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
}
