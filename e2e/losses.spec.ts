import type { Page } from '@playwright/test';
import { infoNce, triplet } from '../src/testing/referenceLosses';
import { centreOf, DEFAULT_LINK, expect, readScene, test, totalOf } from './fixtures';

type Points = Record<string, { x: number; y: number }>;

/** The points in the textbook losses' shape: in the default link the letter is the identity. */
const people = (points: Points) =>
  Object.entries(points).map(([label, point]) => ({ identity: label[0]!, ...point }));

/** ∂total/∂(x, y) of one point by central differences of a reference total. */
function numericGradient(total: (p: Points) => number, points: Points, label: string) {
  const h = 1e-6;
  const at = (dx: number, dy: number) =>
    total({ ...points, [label]: { x: points[label]!.x + dx, y: points[label]!.y + dy } });
  return { gx: (at(h, 0) - at(-h, 0)) / (2 * h), gy: (at(0, h) - at(0, -h)) / (2 * h) };
}

/** Clicks a loss in the switcher, as a person clicks the visible button-like label. */
const chooseLoss = (page: Page, name: string) =>
  page.locator('.loss-switcher label', { hasText: name }).click();

const steps = (page: Page): Promise<number> =>
  page.getByTestId('step-count').textContent().then(Number);

const REFERENCES = {
  triplet: (p: Points) => triplet(people(p), 1).total,
  infonce: (p: Points) => infoNce(people(p), 0.1).total,
} as const;

/** The page's total and every gradient agree with the reference, to the decimal. */
async function expectLoss(page: Page, reference: (p: Points) => number) {
  const scene = await readScene(page);
  expect(await totalOf(page)).toBeCloseTo(reference(scene), 9);
  for (const label of Object.keys(scene)) {
    const { gx, gy } = numericGradient(reference, scene, label);
    expect(scene[label]!.gx, `∂L/∂x of ${label}`).toBeCloseTo(gx, 5);
    expect(scene[label]!.gy, `∂L/∂y of ${label}`).toBeCloseTo(gy, 5);
  }
}

for (const loss of ['triplet', 'infonce'] as const) {
  test(`a link with loss=${loss} scores the points, and pushes them, by that loss`, async ({
    page,
  }) => {
    await page.goto(`./#${DEFAULT_LINK}&loss=${loss}`);
    await expect(
      page.getByRole('radio', { name: loss === 'triplet' ? 'Triplet' : 'InfoNCE' }),
    ).toBeChecked();
    await expectLoss(page, REFERENCES[loss]);
  });
}

test('the switcher swaps the loss on the same points, keeps the chosen point, and is undoable', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  const contrastive = await totalOf(page);
  const before = await readScene(page);
  // Choose A1 with a click.
  const a1 = await centreOf(page.getByTestId('point-A1'));
  await page.mouse.click(a1.x, a1.y);
  await expect(page.getByRole('button', { name: 'Delete A1' })).toBeVisible();

  await chooseLoss(page, 'Triplet');
  await expect(page).toHaveURL(/loss=triplet/);
  await expectLoss(page, REFERENCES.triplet);
  await expect(page.getByRole('button', { name: 'Delete A1' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Triplets' })).toBeVisible();

  // Arrow keys move through the radio group, as in any other.
  await page.getByRole('radio', { name: 'Triplet' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'InfoNCE' })).toBeChecked();
  await expect(page).toHaveURL(/loss=infonce/);
  await expectLoss(page, REFERENCES.infonce);
  const positions = (scene: Awaited<ReturnType<typeof readScene>>) =>
    Object.fromEntries(Object.entries(scene).map(([k, v]) => [k, [v.x, v.y]]));
  expect(positions(await readScene(page))).toEqual(positions(before));
  // The slider under the plane is now the temperature's.
  await expect(page.getByRole('slider', { name: 'Temperature' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveCount(0);

  // Each switch is one step back in the history, and forward again.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(page.getByRole('radio', { name: 'Triplet' })).toBeChecked();
  await undo.click();
  await expect(page.getByRole('radio', { name: 'Contrastive' })).toBeChecked();
  await expect.poll(() => totalOf(page)).toBeCloseTo(contrastive, 12);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('radio', { name: 'InfoNCE' })).toBeChecked();

  await page.reload();
  await expect(page.getByRole('radio', { name: 'InfoNCE' })).toBeChecked();
  await expectLoss(page, REFERENCES.infonce);
});

for (const loss of ['contrastive', 'triplet', 'infonce'] as const) {
  test(`under the ${loss} loss, Step moves each point by −lr · gradient and Play lowers the loss`, async ({
    page,
  }) => {
    await page.goto(`./#${DEFAULT_LINK}&loss=${loss}&lr=0.05`);
    const before = await readScene(page);
    const start = await totalOf(page);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(page.getByTestId('step-count')).toHaveText('1');
    const after = await readScene(page);
    for (const [label, p] of Object.entries(before)) {
      expect(after[label]!.x, label).toBeCloseTo(p.x - 0.05 * p.gx, 9);
      expect(after[label]!.y, label).toBeCloseTo(p.y - 0.05 * p.gy, 9);
    }
    // Play runs until paused by hand, or until it stops by itself (a triplet loss can reach 0).
    await page.getByRole('button', { name: 'Play' }).click();
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(async () => (await steps(page)) > 20 || (await play.isVisible())).toBe(true);
    const pause = page.getByRole('button', { name: 'Pause' });
    if (await pause.isVisible()) await pause.click();
    expect(await totalOf(page)).toBeLessThan(start);
    if (loss !== 'contrastive') await expectLoss(page, REFERENCES[loss]);
  });
}

test('switching the loss mid-run keeps the training going under the new loss', async ({ page }) => {
  // A rate so small that neither loss is driven to zero before the test looks: the triplet
  // loss of this scene falls to 0 within about twenty steps at lr = 0.001.
  await page.goto(`./#${DEFAULT_LINK}&lr=0.0001`);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => steps(page)).toBeGreaterThan(3);
  await chooseLoss(page, 'Triplet');
  const taken = await steps(page);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => steps(page)).toBeGreaterThan(taken + 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expectLoss(page, REFERENCES.triplet);
});

for (const loss of ['triplet', 'infonce'] as const) {
  test(`the landscape under the ${loss} loss equals the total where the point stands`, async ({
    page,
  }) => {
    await page.goto(`./#${DEFAULT_LINK}&loss=${loss}`);
    await page.getByRole('button', { name: 'Landscape' }).click();
    const landscape = page.getByTestId('landscape');
    await expect(landscape).toHaveAttribute('data-point', 'A1');
    const atPoint = async () => Number(await landscape.getAttribute('data-at-point'));
    expect(await atPoint()).toBeCloseTo(await totalOf(page), 9);
    const b2 = await centreOf(page.getByTestId('point-B2'));
    await page.mouse.move(b2.x, b2.y);
    await page.mouse.down();
    await page.mouse.move(b2.x - 60, b2.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect(landscape).toHaveAttribute('data-point', 'B2');
    await expect.poll(atPoint).toBeCloseTo(await totalOf(page), 9);
    expect(Number(await landscape.getAttribute('data-max'))).toBeGreaterThan(
      Number(await landscape.getAttribute('data-min')),
    );
  });
}

test('a link with an unknown loss or a bad temperature says so in plain words', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}&loss=hinge&tau=0`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"loss=hinge" is not a loss this page knows');
  await expect(alert).toContainText('below the lowest allowed, 0.001');
});
