/**
 * Finds a Firefox for the smoke tier. Puppeteer cannot download one here, so the system's Firefox
 * is used: FIREFOX_PATH when set, otherwise the usual install locations.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** Every failure to find a Firefox says how to get one. */
const notFound = (reason: string) =>
  new Error(
    [
      reason,
      'Install one, e.g. on Debian or Ubuntu: sudo apt-get install firefox-esr',
      'or point FIREFOX_PATH at a Firefox executable:',
      '  FIREFOX_PATH=/path/to/firefox npm run test:firefox',
    ].join('\n'),
  );

export function findFirefox(): string {
  const fromEnvironment = process.env.FIREFOX_PATH;
  if (fromEnvironment) {
    if (existsSync(fromEnvironment)) return fromEnvironment;
    throw notFound(`FIREFOX_PATH is set to ${fromEnvironment}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw notFound('No Firefox found for the Firefox smoke tests.');
}
