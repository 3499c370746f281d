/**
 * The digits network in real Chromium while it trains: how fast the worker steps (the time from
 * Play to step 1,000, the page's own step counter) and what the page's main thread spends on
 * each animation frame meanwhile, read from a DevTools trace and split like the frame benchmark.
 */
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveStatic } from '../e2e/staticServer';
import { record, type Distribution } from './frames';
import { percentile } from './measure';
import { findThreads, KINDS, workPerWindow, type Split, type TraceEvent } from './trace';

const VIEWPORT = { width: 1280, height: 900 };
/** How long the trace records the run, ms. */
const TRACED_MS = 4000;

export interface NetworkFrameResults {
  /** Wall time from Play until the page shows step 1,000 or more, ms. */
  readonly thousandStepsMs: number;
  readonly stepsPerSecond: number;
  /** Main-thread work per animation frame while training, ms. */
  readonly frames: number;
  readonly work: Distribution;
  readonly split: Split;
}

const stepOf = async (page: Page) =>
  Number(await page.getByTestId('digits-step').getAttribute('data-value'));

/**
 * A stamp in the trace at the start of every animation frame, until `window.benchStop`. A string,
 * so that no helper the TypeScript compiler adds travels into the page.
 */
const STAMP_FRAMES = `(function tick() {
  console.timeStamp('bench-frame');
  if (!window.benchStop) requestAnimationFrame(tick);
})()`;

export async function measureNetworkFrames(dist = 'dist'): Promise<NetworkFrameResults> {
  const server = await serveStatic(dist, '/');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // The service worker would fetch the whole site in the background of the first steps.
    const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' });
    await page.goto(server.url);
    const region = page.getByRole('region', { name: 'Digits' });
    while ((await region.count()) === 0) {
      await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
      await page.waitForTimeout(200);
    }
    await page.getByTestId('digits-pca-accuracy').and(page.locator('[data-value^="0"]')).waitFor();
    // The page while the network plays, traced.
    await region.getByRole('button', { name: 'Play' }).click();
    const client = await page.context().newCDPSession(page);
    await page.evaluate(STAMP_FRAMES);
    const { events } = await record(client, async () => {
      await page.waitForTimeout(TRACED_MS);
      return [];
    });
    await page.evaluate('window.benchStop = true');
    await client.detach();
    // The worker's pace, untraced: from Play on a fresh run to the page showing step 1,000.
    await region.getByRole('button', { name: 'Pause' }).click();
    await region.getByRole('button', { name: 'Reset' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="digits-step"]')?.getAttribute('data-value') === '0',
    );
    await region.getByRole('button', { name: 'Play' }).click();
    const started = performance.now();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="digits-step"]')?.getAttribute('data-value')) >=
        1000,
      null,
      { timeout: 120_000, polling: 'raf' },
    );
    const thousandStepsMs = performance.now() - started;
    const stepsPerSecond = (1000 * (await stepOf(page))) / thousandStepsMs;
    const stamp = (e: TraceEvent) =>
      e.name === 'TimeStamp' &&
      (e.args?.data as { message?: string } | undefined)?.message === 'bench-frame';
    const threads = findThreads(events, stamp);
    const starts = events
      .filter((e) => stamp(e) && e.pid === threads.main.pid && e.tid === threads.main.tid)
      .map((e) => e.ts);
    // The first frames still carry the click on Play; the last window has no end.
    const windows = workPerWindow(events, threads, starts.slice(5, -1), starts.at(-1)!);
    const mean = (kind: (typeof KINDS)[number]) =>
      windows.reduce((sum, w) => sum + w.split[kind], 0) / windows.length;
    const work = windows.map((w) => w.main);
    return {
      thousandStepsMs,
      stepsPerSecond,
      frames: windows.length,
      work: { p50: percentile(work, 50), p95: percentile(work, 95), max: Math.max(...work) },
      split: Object.fromEntries(KINDS.map((k) => [k, mean(k)])) as Split,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `npx tsx bench/networkFrames.ts [out.json|-] [dist]`: this benchmark alone, on any build. */
if (process.argv[1]?.endsWith('networkFrames.ts')) {
  const [target, dist] = process.argv.slice(2);
  const result = await measureNetworkFrames(dist ?? 'dist');
  if (target && target !== '-') writeFileSync(target, JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}
