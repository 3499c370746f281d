/**
 * Frame benchmarks in real Chromium, read from a DevTools performance trace: the gestures a class
 * makes on the scenes the page offers, each step's main-thread work split into scripting, style,
 * layout, paint and raster.
 *
 * The mouse is driven with raw DevTools-protocol input (Input.dispatchMouseEvent): Playwright's
 * own mouse adds scripts of its own to every move while a button is held. Each step is one move
 * (or one slider position), then a wait until a frame has been drawn and the page is idle; a
 * step's work is every main-thread task that starts between its move and the next one.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveStatic } from '../e2e/staticServer';
import { sceneToHash } from '../src/scene/codec/link';
import { percentile } from './measure';
import { SCENARIOS, sceneOf, type FrameScenario } from './scenarios';
import { findThreads, KINDS, workPerWindow, type Split, type TraceEvent } from './trace';

const STEPS = Number(process.env.BENCH_STEPS ?? 150);
const VIEWPORT = { width: 1280, height: 900 };

export interface Distribution {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface FrameRow {
  readonly scenario: string;
  readonly steps: number;
  /** Main-thread work per step, ms. */
  readonly work: Distribution;
  /** Mean ms per step of each kind (raster: the raster threads' work, not the main thread's). */
  readonly split: Split;
  /** Animation frames longer than 50 ms during the gesture. */
  readonly longFrames: number;
}

const distribution = (values: readonly number[]): Distribution => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
});

/** Counts animation frames over 50 ms from now on (long-animation-frame entries). */
function countLongFrames() {
  const state = { longFrames: 0 };
  (window as unknown as { benchFrames: typeof state }).benchFrames = state;
  new PerformanceObserver((list) => (state.longFrames += list.getEntries().length)).observe({
    type: 'long-animation-frame',
  });
}

/** After a frame has been drawn and the tasks it queued have run. */
const SETTLED = `new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;

async function settle(client: CDPSession) {
  await client.send('Runtime.evaluate', { expression: SETTLED, awaitPromise: true });
}

/** A DevTools trace of whatever `gesture` does, and the marks it returns. */
export async function record(client: CDPSession, gesture: () => Promise<number[]>) {
  const events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await client.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8.execute',
        'cc',
        'blink',
        'gpu',
        'toplevel',
      ],
    },
  });
  const marks = await gesture();
  const done = new Promise<void>((resolve) =>
    client.once('Tracing.tracingComplete', () => resolve()),
  );
  await client.send('Tracing.end');
  await done;
  return { events, marks };
}

/** Trace time now, in trace microseconds: an instant event the page writes and we find again. */
async function traceNow(client: CDPSession, label: string) {
  await client.send('Runtime.evaluate', {
    expression: `console.timeStamp(${JSON.stringify(label)})`,
  });
}

async function scenario(page: Page, url: string, s: FrameScenario): Promise<FrameRow> {
  await page.goto(url);
  await page.getByTestId('total-loss').waitFor();
  // Let the page's chunks (the rest of the article, the lab's panels) arrive and settle, and the
  // article's points glide into its section's scene, before measuring.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  if (s.section) await page.locator(`[data-story-step="${s.section}"]`).waitFor();
  const client = await page.context().newCDPSession(page);
  await page.evaluate(countLongFrames);

  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number) =>
    client.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });

  let from: { x: number; y: number };
  let path: (k: number) => { x: number; y: number };
  if (s.action === 'drag') {
    const plot = (await page.locator('.plane-marks').boundingBox())!;
    const centre = { x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 };
    const points = await page.locator('[data-testid^="point-"]').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }),
    );
    from = points.reduce((best, p) =>
      Math.hypot(p.x - centre.x, p.y - centre.y) < Math.hypot(best.x - centre.x, best.y - centre.y)
        ? p
        : best,
    );
    // Round a circle of 60 px.
    path = (k) => {
      const angle = (2 * Math.PI * (k + 1)) / STEPS;
      return { x: from.x + 60 * Math.sin(angle), y: from.y - 60 + 60 * Math.cos(angle) };
    };
  } else {
    const slider = (await page.getByRole('slider', { name: 'Margin' }).boundingBox())!;
    const thumb = 26;
    const at = (value: number) => slider.x + thumb / 2 + ((slider.width - thumb) * value) / 3;
    const y = slider.y + slider.height / 2;
    from = { x: at(1), y };
    // From m = 1 down to 0.25, up to 3 and back to 1.
    path = (k) => {
      const t = (k + 1) / STEPS;
      const m =
        t < 0.2
          ? 1 - 3.75 * t
          : t < 0.8
            ? 0.25 + ((t - 0.2) / 0.6) * 2.75
            : 3 - ((t - 0.8) / 0.2) * 2;
      return { x: at(m), y };
    };
  }

  await mouse('mouseMoved', from.x, from.y);
  await mouse('mousePressed', from.x, from.y);
  await settle(client);
  const { events } = await record(client, async () => {
    for (let k = 0; k < STEPS; k++) {
      await traceNow(client, `bench-step-${k}`);
      const { x, y } = path(k);
      await mouse('mouseMoved', x, y);
      await settle(client);
    }
    await traceNow(client, 'bench-end');
    return [];
  });
  await mouse('mouseReleased', path(STEPS - 1).x, path(STEPS - 1).y);
  await settle(client);
  const longFrames = await page.evaluate(
    () => (window as unknown as { benchFrames: { longFrames: number } }).benchFrames.longFrames,
  );
  await client.detach();

  const stamp = (e: TraceEvent) =>
    e.name === 'TimeStamp' &&
    typeof (e.args?.data as { message?: string } | undefined)?.message === 'string';
  const threads = findThreads(events, stamp);
  const stamps = events
    .filter((e) => stamp(e) && e.pid === threads.main.pid && e.tid === threads.main.tid)
    .map((e) => ({ ts: e.ts, message: (e.args!.data as { message: string }).message }));
  const starts = stamps.filter((m) => m.message.startsWith('bench-step-')).map((m) => m.ts);
  const end = stamps.find((m) => m.message === 'bench-end')!.ts;
  const windows = workPerWindow(events, threads, starts, end);
  const mean = (kind: (typeof KINDS)[number]) =>
    windows.reduce((sum, w) => sum + w.split[kind], 0) / windows.length;
  return {
    scenario: s.name,
    steps: windows.length,
    work: distribution(windows.map((w) => w.main)),
    split: Object.fromEntries(KINDS.map((k) => [k, mean(k)])) as Split,
    longFrames,
  };
}

/** How many times each scenario runs, on a fresh page each time; the rows report their median. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const median = (values: readonly number[]) => percentile(values, 50);

/** One row from several runs: the median of their p50s and p95s, their mean split, all long frames. */
function combine(runs: readonly FrameRow[]): FrameRow {
  return {
    scenario: runs[0]!.scenario,
    steps: runs.reduce((sum, run) => sum + run.steps, 0),
    work: {
      p50: median(runs.map((run) => run.work.p50)),
      p95: median(runs.map((run) => run.work.p95)),
      max: Math.max(...runs.map((run) => run.work.max)),
    },
    split: Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        runs.reduce((sum, run) => sum + run.split[kind], 0) / runs.length,
      ]),
    ) as Split,
    longFrames: runs.reduce((sum, run) => sum + run.longFrames, 0),
  };
}

export async function measureFrames(
  dist = 'dist',
  only?: (s: FrameScenario) => boolean,
  runs = RUNS,
) {
  const server = await serveStatic(dist, '/');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows: FrameRow[] = [];
  try {
    for (const s of SCENARIOS.filter(only ?? (() => true))) {
      const each: FrameRow[] = [];
      for (let run = 0; run < runs; run++) {
        // The service worker would fetch the whole site in the background of the first gestures.
        const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' });
        const hash = s.section ?? sceneToHash(sceneOf(s));
        each.push(await scenario(page, `${server.url}#${hash}`, s));
        await page.close();
      }
      rows.push(combine(each));
      process.stderr.write(`frames: ${s.name} done\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    chromium: browser.version(),
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
    runs,
    stepsPerRun: STEPS,
    rows,
  };
}

/** The rows as a table: p50 and p95 of main-thread ms per step, the mean split, long frames. */
export function frameTable(rows: readonly FrameRow[]) {
  return rows.map((r) => ({
    scenario: r.scenario,
    p50: r.work.p50.toFixed(1),
    p95: r.work.p95.toFixed(1),
    ...Object.fromEntries(KINDS.map((k) => [k, r.split[k].toFixed(1)])),
    'long frames': r.longFrames,
  }));
}

/**
 * `npx tsx bench/frames.ts [out.json|-] [dist] [name filter]`: the frame benchmark alone, on any
 * build (a build of an older commit gives the "before" figures).
 */
if (process.argv[1]?.endsWith('frames.ts')) {
  const [target, dist, filter] = process.argv.slice(2);
  const result = await measureFrames(
    dist ?? 'dist',
    filter ? (s) => s.name.includes(filter) : undefined,
  );
  if (target && target !== '-') writeFileSync(target, JSON.stringify(result, null, 2));
  console.table(frameTable(result.rows));
}
