/**
 * The Firefox smoke tier: the built site in a real Firefox, used as a person uses it (mouse, keys,
 * links). The Playwright suite covers the page in depth in Chromium; this checks the main paths
 * also work in a second engine. Every test fails on any console error or uncaught error.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  contrastiveTotal,
  type Firefox,
  isShown,
  labelled,
  readScene,
  startFirefox,
  type Tab,
  tripletTotal,
  waitFor,
  withText,
} from './session';

/** The worked example of CONTENT.md: 0.005 + (1 − √0.98)² + (1 − √0.72)² + 0.005. */
const WORKED_TOTAL = 0.01 + (1 - Math.sqrt(0.98)) ** 2 + (1 - Math.sqrt(0.72)) ** 2;

let firefox: Firefox | undefined;
let tab: Tab | undefined;

beforeAll(async () => {
  firefox = await startFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

afterEach(async () => {
  try {
    expect(tab?.errors, 'console errors and uncaught errors').toEqual([]);
  } finally {
    await tab?.close();
    tab = undefined;
  }
});

/** Opens a fresh tab and waits until the page shows a total: the app has started. */
async function open(hash?: string) {
  tab = await firefox!.open(hash);
  const page = tab.page;
  const scene = await waitFor(
    () => readScene(page),
    (shown) => shown.totalShown !== '',
    'the total loss to show',
  );
  return { page, scene };
}

it('shows the default scene and its total, 0.0330, on a first visit', async () => {
  const { scene } = await open();
  expect(scene.totalShown).toBe('0.0330');
  expect(scene.total).toBeCloseTo(WORKED_TOTAL, 12);
  expect(scene.points).toEqual({
    A1: { x: 0.8, y: 0.2 },
    A2: { x: 0.75, y: 0.25 },
    B1: { x: 0.1, y: 0.9 },
    B2: { x: 0.15, y: 0.85 },
  });
  expect(scene.pairs.map(({ a, b }) => `${a}-${b}`)).toEqual(['A1-A2', 'A1-B1', 'A2-B2', 'B1-B2']);
  expect(scene.marginShown).toBe('m = 1.00');
  expect(scene.alerts).toBe('');
});

it('a mouse drag moves the point, and the total follows the formula', async () => {
  const { page, scene: before } = await open();
  const point = await page.$('[data-testid="point-A2"]');
  const box = await point!.boundingBox();
  const start = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y - 40, { steps: 10 });
  await page.mouse.up();

  const after = await waitFor(
    () => readScene(page),
    (scene) => scene.points.A2!.x !== before.points.A2!.x && scene.total !== before.total,
    'A2 and the total to change',
  );
  // Right and up on screen is +x and +y in the plane.
  expect(after.points.A2!.x).toBeGreaterThan(before.points.A2!.x);
  expect(after.points.A2!.y).toBeGreaterThan(before.points.A2!.y);
  expect(after.points.A1).toEqual(before.points.A1);
  expect(Number.isFinite(after.total)).toBe(true);
  expect(after.total).toBeCloseTo(contrastiveTotal(after), 12);
  expect(after.totalShown).toBe(after.total.toFixed(4));
});

it('the margin slider moves with the arrow keys, and the total follows', async () => {
  const { page, scene: before } = await open();
  const slider = await labelled(page, 'Margin');
  await slider.focus();
  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');

  const after = await waitFor(
    () => readScene(page),
    (scene) => scene.marginShown === 'm = 1.05',
    'the margin to read m = 1.05',
  );
  expect(after.margin).toBe(1.05);
  expect(after.total).toBeGreaterThan(before.total);
  expect(after.total).toBeCloseTo(contrastiveTotal(after), 12);
  expect(after.totalShown).toBe(after.total.toFixed(4));
});

it('a link opens exactly the points and margin it holds', async () => {
  const { page } = await open('#m=1.37&p=P,ann,0.123456789,-0.5&p=Q,ann,0.3,0.4&p=R,bo+b,-1.25,2');
  const scene = await waitFor(
    () => readScene(page),
    (shown) => Object.keys(shown.points).length === 3,
    "the link's three points",
  );
  expect(scene.points).toEqual({
    P: { x: 0.123456789, y: -0.5 },
    Q: { x: 0.3, y: 0.4 },
    R: { x: -1.25, y: 2 },
  });
  expect(scene.margin).toBe(1.37);
  expect(scene.marginShown).toBe('m = 1.37');
  // No `pairs` key means every pair.
  expect(scene.pairs.map(({ a, b }) => `${a}-${b}`)).toEqual(['P-Q', 'P-R', 'Q-R']);
  expect(scene.total).toBeCloseTo(contrastiveTotal(scene), 12);
  expect(scene.alerts).toBe('');
});

it('a broken link says what is wrong in plain words, and the page still works', async () => {
  const { page } = await open('#m=abc');
  const scene = await waitFor(
    () => readScene(page),
    (shown) => shown.alerts !== '',
    'a notice',
  );
  expect(scene.alerts).toContain('"m=abc" is not a number');
  // The default scene stands in for the broken one.
  expect(scene.totalShown).toBe('0.0330');

  // A point still moves with the keys, and the total follows. A click gives the point focus, as
  // for a person; Puppeteer's focus() takes only HTML elements, and the point is drawn in SVG.
  await (await page.$('[data-testid="point-A1"]'))!.click();
  await page.keyboard.press('ArrowUp');
  const moved = await waitFor(
    () => readScene(page),
    (shown) => shown.total !== scene.total,
    'the total to change',
  );
  expect(moved.points.A1!.y).toBeCloseTo(0.21, 12);
  expect(moved.total).toBeCloseTo(contrastiveTotal(moved), 12);
});

it('the loss switcher swaps the loss on the same points', async () => {
  const { page, scene: before } = await open('#lab=1');
  const triplet = await withText(page, '.loss-switcher label', 'Triplet');
  await triplet!.click();

  const checked = () => page.$eval('input[name="loss"]:checked', (radio) => radio.value);
  await waitFor(checked, (value) => value === 'triplet', 'the Triplet radio to be checked');
  const after = await waitFor(
    () => readScene(page),
    (scene) => scene.total !== before.total,
    'the total to change',
  );
  expect(after.points).toEqual(before.points);
  expect(after.total).toBeCloseTo(tripletTotal(after), 12);
  expect(after.totalShown).toBe(after.total.toFixed(4));
});

it('in the lab, P enters and leaves presentation, and so does the Leave button', async () => {
  const { page } = await open('#lab=1');
  const view = async () => ({
    bar: await isShown(await withText(page, 'a', 'Read the article')),
    leave: await isShown(await withText(page, 'button', 'Leave presentation')),
  });
  const presenting = (shown: { bar: boolean; leave: boolean }) => !shown.bar && shown.leave;
  const working = (shown: { bar: boolean; leave: boolean }) => shown.bar && !shown.leave;
  await waitFor(view, working, 'the lab');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await page.keyboard.press('p');
  await waitFor(view, presenting, 'presentation');
  await page.keyboard.press('p');
  await waitFor(view, working, 'the lab again, after P');

  await page.keyboard.press('p');
  await waitFor(view, presenting, 'presentation again');
  await (await withText(page, 'button', 'Leave presentation'))!.click();
  await waitFor(view, working, 'the lab again, after Leave');
});

it('the digits network loads when reached, trains in its worker and beats PCA', async () => {
  const { page } = await open();
  const value = (testId: string) =>
    page.evaluate(
      (id) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value')),
      testId,
    );
  await waitFor(
    async () => {
      await page.evaluate(() => document.getElementById('digits-figure')?.scrollIntoView());
      return value('digits-pca-accuracy');
    },
    (pca) => pca > 0.5,
    'the digits to load and PCA to be scored',
    60_000,
  );
  const pca = await value('digits-pca-accuracy');
  await (await withText(page, '.digits-runbar button', 'Play'))!.click();
  await waitFor(
    () => value('digits-step'),
    (steps) => steps >= 200,
    'step 200',
    60_000,
  );
  await (await withText(page, '.digits-runbar button', 'Pause'))!.click();
  const accuracy = await waitFor(
    () => value('digits-accuracy'),
    (now) => now > pca + 0.15,
    'the network to beat PCA',
  );
  expect(accuracy).toBeLessThanOrEqual(1);
});
