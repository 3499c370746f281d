import type { Page } from '@playwright/test';
import {
  contrastive,
  everyPair,
  infoNce,
  pairsByLabel,
  triplet,
} from '../src/testing/referenceLosses';
import { lookAlikes } from '../src/scene/presets';
import { centreOf, DEFAULT_LINK, expect, readPoint, test, totalOf } from './fixtures';

interface Point {
  label: string;
  identity: string;
  x: number;
  y: number;
}

/** The link's points (label and identity) and its listed pairs, read from the link itself. */
function parseLink(link: string) {
  const params = new URLSearchParams(link);
  const identities = new Map(
    params.getAll('p').map((p) => {
      const [label, identity] = p.split(',');
      return [label!, identity!];
    }),
  );
  const pairs = params.get('pairs');
  return {
    identities,
    margin: Number(params.get('m') ?? 1),
    pairs: pairs && pairs !== 'all' ? pairs.split(',').map((pair) => pair.split('-')) : null,
  };
}

/** Where the plane says each point of the link is now, read in one go. */
async function readPoints(page: Page, identities: Map<string, string>): Promise<Point[]> {
  const positions = await page
    .locator('[data-testid^="point-"]')
    .evaluateAll((marks) =>
      marks.map((mark) => [
        mark.getAttribute('data-testid')!.slice('point-'.length),
        Number(mark.getAttribute('data-x')),
        Number(mark.getAttribute('data-y')),
      ]),
    );
  const byLabel = new Map(positions.map(([label, x, y]) => [label as string, { x, y }]));
  return [...identities].map(([label, identity]) => ({
    label,
    identity,
    x: Number(byLabel.get(label)!.x),
    y: Number(byLabel.get(label)!.y),
  }));
}

const compareTotal = async (page: Page, id: string) =>
  Number(await page.getByTestId(`compare-total-${id}`).getAttribute('data-value'));

/** The three panels' totals, and what the definitions give for the points the plane shows. */
async function totalsAndReferences(page: Page, link: string) {
  const { identities, pairs, margin } = parseLink(link);
  const points = await readPoints(page, identities);
  return {
    shown: {
      contrastive: await compareTotal(page, 'contrastive'),
      triplet: await compareTotal(page, 'triplet'),
      infonce: await compareTotal(page, 'infonce'),
    },
    expected: {
      contrastive: contrastive(
        points,
        pairs ? pairsByLabel(points, pairs) : everyPair(points),
        margin,
      ).total,
      triplet: triplet(points, margin).total,
      infonce: infoNce(points, 0.1).total,
    },
  };
}

/** Off by at most 1e-10 of the value: sums of a million terms differ in their last digits. */
const relativeGap = (shown: number, expected: number) =>
  Math.abs(shown - expected) / Math.max(1, Math.abs(expected));

function expectClose(shown: Record<string, number>, expected: Record<string, number>) {
  for (const [id, value] of Object.entries(expected))
    expect(relativeGap(shown[id]!, value), id).toBeLessThan(1e-10);
}

test('the Compare tab scores the scene under all three losses and follows a drag', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const before = await totalsAndReferences(page, DEFAULT_LINK);
  expectClose(before.shown, before.expected);
  await expect(page.getByTestId('compare-total-contrastive')).toHaveText('0.0330');
  expect(before.shown.contrastive).toBe(await totalOf(page));

  const start = await centreOf(page.getByTestId('point-A2'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 45, start.y - 20, { steps: 6 });
  // Mid-drag, the button still held: the panels already show the scene as it is now.
  await expect(page.getByTestId('point-A2')).not.toHaveAttribute('data-x', '0.75');
  const during = await totalsAndReferences(page, DEFAULT_LINK);
  expectClose(during.shown, during.expected);
  await page.mouse.move(start.x - 90, start.y - 40, { steps: 6 });
  await page.mouse.up();

  const after = await totalsAndReferences(page, DEFAULT_LINK);
  expectClose(after.shown, after.expected);
  for (const id of ['contrastive', 'triplet', 'infonce'])
    expect(after.shown[id as 'triplet']).not.toBeCloseTo(before.shown[id as 'triplet'], 4);
  await expect(page.getByTestId('compare-total-triplet')).toHaveText(
    after.expected.triplet.toFixed(4),
  );
});

test('choosing a panel puts its loss on the plane and in the link', async ({ page }) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const panel = page.getByRole('button', { name: /^Triplet: total/ });
  await expect(panel).toHaveAttribute('aria-pressed', 'false');
  await panel.click();
  await expect(panel).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/loss=triplet/);
  const { expected } = await totalsAndReferences(page, DEFAULT_LINK);
  expect(await totalOf(page)).toBe(await compareTotal(page, 'triplet'));
  expect(await totalOf(page)).toBeCloseTo(expected.triplet, 10);
  await expect(page.getByRole('button', { name: /^Contrastive: total/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the article’s buttons switch the figure and its numbers follow the scene', async ({
  page,
}) => {
  await page.goto('./#related');
  await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', 'related');
  // The section's scene, once its points have glided in: the look-alikes, twelve photos of three
  // people.
  const identities = new Map(lookAlikes.points.map((point) => [point.label, point.identity]));
  await expect.poll(() => readPoints(page, identities)).toEqual(lookAlikes.points);
  const points = lookAlikes.points;
  const expected = { triplet: triplet(points, 1).total, infonce: infoNce(points, 0.1).total };
  const related = page.locator('#related');
  await expect(page.getByTestId('related-total-triplet')).toHaveText(expected.triplet.toFixed(4));
  await expect(page.getByTestId('related-total-infonce')).toHaveText(expected.infonce.toFixed(4));
  await related.getByRole('button', { name: 'Try it on the plane with the InfoNCE loss' }).click();
  expect(await totalOf(page)).toBeCloseTo(expected.infonce, 10);
  await expect(page.getByTestId('point-A1')).toBeInViewport();
  await related.getByRole('button', { name: 'Try it on the plane with the Triplet loss' }).click();
  expect(await totalOf(page)).toBeCloseTo(expected.triplet, 10);
});

test('exercise 5: wrong, right, and the InfoNCE view of the same idea', async ({ page }) => {
  await page.goto('./#exercises');
  const exercise = page.getByRole('region', { name: 'Exercise 5', exact: true });
  await exercise.getByLabel('augmented views in the batch', { exact: true }).fill('512');
  await exercise.getByLabel('negatives for each view', { exact: true }).fill('255');
  await exercise.getByRole('button', { name: 'Check' }).click();
  const feedback = page.getByTestId('exercise-5-feedback');
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(feedback).toContainText('counts the other images');
  await exercise.getByLabel('negatives for each view', { exact: true }).fill('510');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toHaveAttribute('data-correct', 'true');

  // The exercises' scene, the worked example: four points, each with one photo of the same person
  // among the other three.
  await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', 'exercises');
  await expect(page.getByTestId('exercise-5-scene')).toContainText(
    'each of its 4 points is an anchor, scored against the other 3. For A1 (alice), 1 of them is a positive and 2 are negatives',
  );
  await exercise.getByRole('button', { name: 'See it on the plane' }).click();
  const points = await readPoints(page, parseLink(DEFAULT_LINK).identities);
  expect(await totalOf(page)).toBeCloseTo(infoNce(points, 0.1).total, 10);
  await expect(page.getByTestId('point-A1')).toBeInViewport();
});

/** A scene too large to score on every frame: 320 points of eight people, every pair scored. */
function largeLink(): string {
  const parts = ['m=0.5'];
  for (let k = 0; k < 320; k++) {
    const person = k % 8;
    const angle = (2 * Math.PI * person) / 8 + 0.9 * Math.sin(k * 12.9898);
    const radius = 1 + 0.5 * Math.cos(k * 78.233);
    const x = (radius * Math.cos(angle)).toFixed(4);
    const y = (radius * Math.sin(angle)).toFixed(4);
    parts.push(`p=P${k},person${person},${x},${y}`);
  }
  return `${parts.join('&')}&pairs=all`;
}

test('a large scene is scored in the background and catches up after an edit', async ({ page }) => {
  test.setTimeout(60_000);
  const link = largeLink();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`./#${link}`);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(
    page.getByText(/Above 300 points the panels show the points without arrows/),
  ).toBeVisible();
  await expect(page.getByTestId('compare-total-infonce')).toHaveAttribute('data-value', /\d/);
  const before = await totalsAndReferences(page, link);
  expectClose(before.shown, before.expected);
  // Off the page's thread: a worker did the scoring.
  expect(workers.some((url) => /lossWorker/.test(url))).toBe(true);

  const point = page.getByTestId('point-P5');
  const { x } = await readPoint(point);
  await point.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await readPoint(point)).x).toBeCloseTo(x + 0.1, 6);
  await expect
    .poll(
      async () => {
        const now = await totalsAndReferences(page, link);
        return relativeGap(now.shown.triplet, now.expected.triplet);
      },
      { timeout: 20_000 },
    )
    .toBeLessThan(1e-10);
  const after = await totalsAndReferences(page, link);
  expectClose(after.shown, after.expected);
  expect(after.shown.triplet).not.toBe(before.shown.triplet);
});
