/**
 * The room test: the plane read by a class from a projector, a laptop and a phone. Crowded scenes
 * show few circles and labels that never cover each other; the Show toggles and hide= take marks
 * away and bring them back; the worked example's overlapping lines come apart; the legend and the
 * plane follow the loss.
 */
import type { Locator, Page } from '@playwright/test';
import { generateScene } from '../src/scene/generate';
import { sceneToHash } from '../src/scene/codec/link';
import { examplePointsAllPairs } from '../src/scene/presets';
import { centreOf, DEFAULT_LINK, expect, test } from './fixtures';

const circles = (page: Page) => page.getByTestId('margin-circle');
const lines = (page: Page) => page.getByTestId('pair-line');
const labels = (page: Page) => page.locator('.point-label');
const show = (page: Page) => page.getByRole('group', { name: 'Show on the plane' });
const line = (page: Page, pair: string) =>
  page.locator(`[data-testid="pair-line"][data-pair="${pair}"]`);

/** No two of the boxes overlap. */
async function expectApart(boxes: Locator) {
  const rects = await boxes.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  );
  for (const [k, a] of rects.entries()) {
    for (const b of rects.slice(k + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `labels at ${a.left},${a.top} and ${b.left},${b.top}`).toBe(false);
    }
  }
  return rects.length;
}

/** The screen point halfway along a pair's drawn line. */
async function middleOf(page: Page, pair: string) {
  return line(page, pair)
    .locator('.stroke')
    .evaluate((path: SVGPathElement) => {
      const point = path.getPointAtLength(path.getTotalLength() / 2);
      const matrix = path.getScreenCTM()!;
      return { x: matrix.a * point.x + matrix.e, y: matrix.d * point.y + matrix.f };
    });
}

test('8 people × 5 photos: no tangle of circles, faded lines at rest, labels that never overlap', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  await page.getByRole('button', { name: /^8 people × 5 photos/ }).click();
  await expect(page.getByTestId('stat-points')).toContainText('40');
  // Nothing in hand: no circle at all, rather than forty.
  await expect(lines(page)).toHaveCount(780);
  expect(await circles(page).count()).toBeLessThanOrEqual(3);
  // The pairs at rest fade almost away; those that push or pull stay.
  const faint = page.locator('[data-testid="pair-line"].faint');
  expect(await faint.count()).toBeGreaterThan(600);
  expect(
    Number(await faint.first().evaluate((el) => getComputedStyle(el).opacity)),
  ).toBeLessThanOrEqual(0.15);
  await expect(page.locator('[data-testid="pair-line"].dissimilar:not(.resting)')).toHaveCount(31);
  const placed = await expectApart(labels(page));
  expect(placed).toBeGreaterThanOrEqual(12);

  // A point in hand gets its circle, and its label even where it has little room.
  await page.getByTestId('point-D4').focus();
  await expect(circles(page)).toHaveCount(1);
  await expect(circles(page)).toHaveAttribute('data-point', 'D4');
  await expect(labels(page).filter({ hasText: /^D4$/ })).toHaveCount(1);
  await expectApart(labels(page));
});

test('a generated 8 × 5 scene is as readable, on a laptop, a phone and a projector', async ({
  page,
}) => {
  const scene = generateScene({ identities: 8, photos: 5, spread: 0.15, seed: 7 });
  if (!scene.ok) throw new Error(scene.problems.join(' '));
  for (const [viewport, view] of [
    [{ width: 1366, height: 768 }, ''],
    [{ width: 390, height: 844 }, ''],
    [{ width: 1024, height: 768 }, '&present=1'],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(`./#${sceneToHash(scene.value)}${view}`);
    await expect(lines(page)).toHaveCount(780);
    expect(await circles(page).count()).toBeLessThanOrEqual(3);
    expect(await expectApart(labels(page))).toBeGreaterThan(4);
  }
});

test('the Show toggles and hide=circles,lines,labels take marks away and bring them back', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  const counts = async () => [
    await circles(page).count(),
    await lines(page).count(),
    await labels(page).count(),
  ];
  await expect.poll(counts).toEqual([4, 4, 4]);
  for (const [name, shown] of [
    ['circles', [0, 4, 4]],
    ['lines', [0, 0, 4]],
    ['labels', [0, 0, 0]],
  ] as const) {
    const toggle = show(page).getByRole('button', { name, exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(counts).toEqual(shown);
  }
  for (const name of ['circles', 'lines', 'labels']) {
    await show(page).getByRole('button', { name, exact: true }).click();
  }
  await expect.poll(counts).toEqual([4, 4, 4]);

  // A link that hides them, and the toggles that bring them back.
  await page.goto(`./#${DEFAULT_LINK}&hide=circles,lines,labels`);
  await expect(page.getByTestId('total-loss')).toBeVisible();
  await expect.poll(counts).toEqual([0, 0, 0]);
  for (const name of ['circles', 'lines', 'labels']) {
    const toggle = show(page).getByRole('button', { name, exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
  }
  await expect.poll(counts).toEqual([4, 4, 4]);
  // The link's word again once its list is edited.
  await page.evaluate(() => {
    location.hash = location.hash.replace('hide=circles,lines,labels', 'hide=labels');
  });
  await expect.poll(counts).toEqual([4, 4, 0]);
});

test('the toggles fit a phone and the projector’s presentation', async ({ page }) => {
  for (const [viewport, link] of [
    [{ width: 390, height: 844 }, DEFAULT_LINK],
    [{ width: 1024, height: 768 }, `${DEFAULT_LINK}&present=1`],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(`./#${link}`);
    const group = show(page);
    await group.scrollIntoViewIfNeeded();
    await expect(group).toBeVisible();
    const box = (await group.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // On one line.
    expect(box.height).toBeLessThan(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
  }
});

test('the example’s lines on one diagonal are drawn apart, the chosen pair on top', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  // A1–B1 and A2–B2 both lie on x + y = 1, with the same middle.
  const [a1b1, a2b2] = [await middleOf(page, 'A1,B1'), await middleOf(page, 'A2,B2')];
  expect(Math.hypot(a1b1.x - a2b2.x, a1b1.y - a2b2.y)).toBeGreaterThan(8);
  // The pair with the loss stays straight, drawn true.
  const [a2, b2] = [
    await centreOf(page.getByTestId('point-A2')),
    await centreOf(page.getByTestId('point-B2')),
  ];
  expect(Math.hypot(a2b2.x - (a2.x + b2.x) / 2, a2b2.y - (a2.y + b2.y) / 2)).toBeLessThan(1);

  // With every pair scored (exercise 1), four lines on the diagonal, four different paths.
  await page.goto(`./#${sceneToHash(examplePointsAllPairs)}`);
  const pairs = ['A1,B1', 'A1,B2', 'A2,B1', 'A2,B2'];
  const middles = [];
  for (const pair of pairs) middles.push(await middleOf(page, pair));
  for (const [k, a] of middles.entries())
    for (const b of middles.slice(k + 1))
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(8);
  // A chosen pair is drawn again over the others.
  await page.getByRole('tab', { name: 'Losses' }).click();
  await page.locator('[data-testid="pair-row"][data-pair="A1,B2"]').click();
  const onTop = page.locator('.pair-overlay .pair-line.selected .stroke');
  await expect(onTop).toHaveCount(1);
  expect(await onTop.getAttribute('d')).toBe(
    await line(page, 'A1,B2').locator('.stroke').getAttribute('d'),
  );
});

test('switching the loss: the triplet at once, the anchor marked, the legend following', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}&present=1`);
  // The legend shown in presentation (the article holds another, hidden while presenting).
  const legend = page.locator('.presentation-legend').getByTestId('legend');
  await expect(legend).toHaveAttribute('data-loss-id', 'contrastive');
  await expect(legend).toContainText('Margin circle');
  const loss = page.getByRole('group', { name: 'Loss' });

  await loss.getByText('Triplet').click();
  await expect(legend).toHaveAttribute('data-loss-id', 'triplet');
  // No row picked, no point chosen: the hardest triplet is on the plane already.
  await expect(page.getByTestId('triplet-ring')).toHaveCount(1);
  await expect(page.getByTestId('triplet-negative')).toHaveAttribute('data-label', 'B2');
  await expect(circles(page)).toHaveCount(0);
  await expect(legend).toContainText('Dashed ring: D(a,p) + m');
  await expect(legend).not.toContainText('Margin circle');

  await loss.getByText('InfoNCE').click();
  await expect(legend).toHaveAttribute('data-loss-id', 'infonce');
  await expect(page.getByTestId('infonce-anchor')).toHaveAttribute('data-label', 'A1');
  await expect(page.getByTestId('infonce-anchor')).toContainText('anchor');
  await expect(legend).toContainText('Ringed point: the anchor');
  await expect(legend).not.toContainText('Margin circle');
  // Choosing another point moves the mark.
  await page.getByTestId('point-B2').focus();
  await expect(page.getByTestId('infonce-anchor')).toHaveAttribute('data-label', 'B2');

  await loss.getByText('Contrastive').click();
  await expect(legend).toHaveAttribute('data-loss-id', 'contrastive');
  await expect(page.getByTestId('infonce-anchor')).toHaveCount(0);
  await expect(circles(page)).toHaveCount(4);
});

test('labels in the default scene cover neither each other nor any point', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('./#lab=1');
    const labels = await page
      .locator('.point-label')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const symbols = await page
      .locator('.point .symbol')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(labels).toHaveLength(4);
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [k, label] of labels.entries()) {
      for (const other of labels.slice(k + 1)) expect(overlap(label, other)).toBe(false);
      for (const symbol of symbols) expect(overlap(label, symbol)).toBe(false);
    }
  }
});
