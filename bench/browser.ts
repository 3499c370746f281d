/**
 * Frame-time benchmarks in real Chromium: a scripted 300-step mouse drag of one point, and a
 * sweep of the margin slider, on scenes of 4, 200 and 1,000 points with all pairs, loaded by link.
 *
 * Per step it records the main thread's busy time (the DevTools protocol's TaskDuration, before
 * and after the step has been rendered), so the figure is work done, not the vsync interval; it
 * counts long tasks and long animation frames (> 50 ms) seen by PerformanceObserver; and it
 * times each pointer move from the event to just after the frame that shows it.
 */
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { serveStatic } from '../e2e/staticServer';
import { defaultScene } from '../src/scene/defaultScene';
import { generateScene } from '../src/scene/generate';
import { sceneToHash } from '../src/scene/link';
import type { Scene } from '../src/scene/model';
import { percentile } from './measure';

const STEPS = 300;

export interface Distribution {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface BrowserRow {
  readonly points: number;
  readonly pairs: number;
  readonly action: 'drag' | 'margin sweep';
  readonly steps: number;
  /** Main-thread work per step, ms. */
  readonly frameWork: Distribution;
  /** The same measured over steps that change nothing: the harness's own cost, ms. */
  readonly idleWork: number;
  readonly longTasks: number;
  readonly longAnimationFrames: number;
  /** From the pointer event to just after the frame that shows it, ms. */
  readonly inputToFrame: Distribution;
}

const distribution = (values: number[]): Distribution => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
});

function sceneOf(n: number): Scene {
  if (n === 4) return { ...defaultScene, pairs: 'all' };
  const generated = generateScene({ identities: n / 5, photos: 5, spread: 0.15, seed: 1 });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  return generated.value;
}

/** Observers and a pointer-to-frame timer, installed in the page before anything is measured. */
function instrument() {
  const state = { longTasks: 0, longFrames: 0, delays: [] as number[] };
  (window as unknown as { benchState: typeof state }).benchState = state;
  new PerformanceObserver((list) => (state.longTasks += list.getEntries().length)).observe({
    type: 'longtask',
  });
  new PerformanceObserver((list) => (state.longFrames += list.getEntries().length)).observe({
    type: 'long-animation-frame',
  });
  window.addEventListener(
    'pointermove',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        // A message posted from rAF runs after that frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => state.delays.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

const nextFrame = () =>
  new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

async function measureSteps(page: Page, step: (k: number) => Promise<void>, steps: number) {
  const client = await page.context().newCDPSession(page);
  await client.send('Performance.enable');
  const busy = async () =>
    ((await client.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      ?.value ?? 0) * 1000;
  const work: number[] = [];
  for (let k = 0; k < steps; k++) {
    const before = await busy();
    await step(k);
    await page.evaluate(nextFrame);
    work.push((await busy()) - before);
  }
  await client.detach();
  return work;
}

async function scenario(
  page: Page,
  url: string,
  scene: Scene,
  action: BrowserRow['action'],
): Promise<BrowserRow> {
  await page.goto(url);
  await page.getByTestId('total-loss').waitFor();
  await page.evaluate(instrument);
  await page.evaluate(nextFrame);
  const idle = await measureSteps(page, async () => {}, 30);
  const counts = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            benchState: { longTasks: number; longFrames: number; delays: number[] };
          }
        ).benchState,
    );
  const start = await counts();

  let work: number[];
  if (action === 'drag') {
    // The point nearest the middle of the plot, dragged round a circle of 60 px.
    const plot = (await page.locator('.plane-marks').boundingBox())!;
    const centre = { x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 };
    const boxes = await page.locator('[data-testid^="point-"]').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }),
    );
    const grabbed = boxes.reduce((best, box) =>
      Math.hypot(box.x - centre.x, box.y - centre.y) <
      Math.hypot(best.x - centre.x, best.y - centre.y)
        ? box
        : best,
    );
    await page.mouse.move(grabbed.x, grabbed.y);
    await page.mouse.down();
    work = await measureSteps(
      page,
      (k) => {
        const angle = (2 * Math.PI * (k + 1)) / STEPS;
        return page.mouse.move(
          grabbed.x + 60 * Math.sin(angle),
          grabbed.y - 60 + 60 * Math.cos(angle),
        );
      },
      STEPS,
    );
    await page.mouse.up();
  } else {
    const slider = (await page.getByRole('slider', { name: 'Margin' }).boundingBox())!;
    const thumb = 26;
    const at = (value: number) => slider.x + thumb / 2 + ((slider.width - thumb) * value) / 3;
    const y = slider.y + slider.height / 2;
    await page.mouse.move(at(scene.margin), y);
    await page.mouse.down();
    await page.mouse.move(at(0), y, { steps: 5 });
    work = await measureSteps(page, (k) => page.mouse.move(at((3 * (k + 1)) / STEPS), y), STEPS);
    await page.mouse.up();
  }
  const end = await counts();
  const delays = end.delays.slice(start.delays.length);
  const pairs = Number(
    (await page.getByTestId('pair-row').first().count())
      ? await page
          .locator('.pair-table caption')
          .textContent()
          .then((t) => t?.match(/\(([\d,]+) pairs?\)/)?.[1]?.replaceAll(',', ''))
      : 0,
  );
  return {
    points: scene.points.length,
    pairs,
    action,
    steps: STEPS,
    frameWork: distribution(work),
    idleWork: percentile(idle, 50),
    longTasks: end.longTasks - start.longTasks,
    longAnimationFrames: end.longFrames - start.longFrames,
    inputToFrame: distribution(delays.length ? delays : [Number.NaN]),
  };
}

const server = await serveStatic('dist', '/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const rows: BrowserRow[] = [];
try {
  for (const n of [4, 200, 1000]) {
    const scene = sceneOf(n);
    const url = `${server.url}#${sceneToHash(scene)}`;
    for (const action of ['drag', 'margin sweep'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      rows.push(await scenario(page, url, scene, action));
      await page.close();
      process.stderr.write(`browser: ${n} points, ${action} done\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const result = { chromium: browser.version(), viewport: '1280×800', rows };
const target = process.argv[2];
if (target) writeFileSync(target, JSON.stringify(result, null, 2));
else console.log(JSON.stringify(result, null, 2));
