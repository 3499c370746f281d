import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium';

/**
 * Where the built site is served from. Both can be moved (E2E_PORT, E2E_DIST) so that two builds
 * can be tested side by side on one machine.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

/** Browser tests drive the built site (`npm run build`) in the system's Chromium. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  // A hang guard, not a speed limit: the heaviest tests (a 1,000-point triplet scene evaluated on
  // the page) take 10 to 15 s alone and went past 30 s on a CI machine running another suite.
  timeout: 60_000,
  // Assertions wait for what a person would see; a busy machine (another build, the second
  // worker's 1,000-point scene) may take longer than Playwright's 5 s to show it.
  expect: { timeout: 10_000 },
  use: {
    // One context and page per worker, reset by Playwright between tests (storage, init scripts,
    // routes, extra pages, emulation, viewport; a test.use of another kind of option still gets a
    // fresh context): a fresh context costs a new renderer process and a cold start of the page,
    // about a second of CPU per test on a two-core machine.
    reuseContext: true,
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    // The page's service worker (README, Offline) has its own tests, which allow it
    // (e2e/offline.spec.ts). Elsewhere it would install on every test's first load, only to be
    // unregistered by the next test's reset: 40 to 55% more time on the specs measured, for nothing
    // they check. Blocked, the page runs as it does where a browser refuses a worker.
    serviceWorkers: 'block',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
