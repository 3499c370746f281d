import type { Page } from '@playwright/test';
import { triplets } from '../src/testing/referenceLosses';
import {
  axe,
  centreOf,
  DEFAULT_LINK,
  expect,
  readPoint,
  readScene,
  test,
  totalOf,
} from './fixtures';

type Kind = 'hard' | 'semi-hard' | 'easy';

interface Triplet {
  readonly name: string;
  readonly dap: number;
  readonly dan: number;
  readonly loss: number;
  readonly kind: Kind;
}

/** Ten photos of three people, placed so that every kind of triplet occurs; m = 0.5. */
const PEOPLE: readonly (readonly [string, string, number, number])[] = [
  ['A1', 'ann', 0, 0],
  ['A2', 'ann', 0.3, 0.1],
  ['A3', 'ann', 1.2, 0.4],
  ['A4', 'ann', 0.5, -0.6],
  ['B1', 'ben', 0.2, 0.3],
  ['B2', 'ben', 1.5, 1],
  ['B3', 'ben', -0.7, 0.2],
  ['C1', 'cat', 1, 0.5],
  ['C2', 'cat', -0.4, -0.5],
  ['C3', 'cat', 0.9, -0.2],
];
const TEN_LINK = `m=0.5&${PEOPLE.map((p) => `p=${p.join(',')}`).join('&')}&pairs=all&loss=triplet`;
const TEN = PEOPLE.map(([label, identity]) => ({ label, identity }));
const FOUR = [
  { label: 'A1', identity: 'alice' },
  { label: 'A2', identity: 'alice' },
  { label: 'B1', identity: 'bob' },
  { label: 'B2', identity: 'bob' },
];

/**
 * Every triplet of the scene as the page shows its points, in table order (anchor, positive,
 * negative, each in point order), with FaceNet's kinds and the loss max(D(a,p) − D(a,n) + m, 0).
 */
async function everyTriplet(
  page: Page,
  people: readonly { label: string; identity: string }[],
  margin: number,
): Promise<Triplet[]> {
  const at = await readScene(page);
  const points = people.map(({ label, identity }) => ({ identity, ...at[label]! }));
  return triplets(points, margin).map(({ a, p, n, dap, dan, loss }) => ({
    name: `${people[a]!.label},${people[p]!.label},${people[n]!.label}`,
    dap,
    dan,
    loss,
    kind: dan < dap ? 'hard' : dan < dap + margin ? 'semi-hard' : 'easy',
  }));
}

/** The rows on screen: their hooks and the cells a person reads. */
async function readTriplets(page: Page) {
  return page.getByTestId('triplet-row').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim());
      return {
        name: row.getAttribute('data-triplet') ?? '',
        loss: Number(row.getAttribute('data-loss')),
        shownDap: cells[2]!,
        shownDan: cells[3]!,
        shownLoss: cells[4]!,
        shownKind: cells[5]!,
      };
    }),
  );
}

/** Checks each row on screen against the triplet of the same name, computed here. */
async function expectRowsToMatch(page: Page, triplets: readonly Triplet[]) {
  const byName = new Map(triplets.map((t) => [t.name, t]));
  const rows = await readTriplets(page);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const expected = byName.get(row.name)!;
    expect(expected, row.name).toBeDefined();
    expect(row.loss).toBeCloseTo(expected.loss, 12);
    expect(row.shownLoss).toBe(expected.loss.toFixed(4));
    expect(row.shownDap).toBe(expected.dap.toFixed(4));
    expect(row.shownDan).toBe(expected.dan.toFixed(4));
    expect(row.shownKind).toBe(expected.kind);
  }
  return rows;
}

const ring = (page: Page) => page.getByTestId('triplet-ring');
const radiusOf = async (page: Page) => Number(await ring(page).getAttribute('data-radius'));

test('the triplet table and the total agree with the points, triplet by triplet', async ({
  page,
}) => {
  await page.goto(`/#${DEFAULT_LINK}&loss=triplet`);
  await expect(page.getByRole('tab', { name: 'Triplets' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('triplet-row')).toHaveCount(8);
  const triplets = await everyTriplet(page, FOUR, 1);
  const rows = await expectRowsToMatch(page, triplets);
  expect(rows.map((r) => r.name)).toEqual(triplets.map((t) => t.name));
  // A2 → A1 → B2: √0.005 − √0.72 + 1.
  expect(rows[3]!.shownLoss).toBe('0.2222');
  const sum = triplets.reduce((total, t) => total + t.loss, 0);
  expect(await totalOf(page)).toBeCloseTo(sum, 12);
  await expect(page.getByTestId('total-loss')).toHaveText(sum.toFixed(4));
  await expect(page.getByTestId('triplet-count')).toHaveAttribute('data-value', '8');

  // A bigger scene: the total still sums every one of its 156 triplets.
  await page.goto(`/#${TEN_LINK}`);
  await expect(page.getByTestId('triplet-count')).toHaveAttribute('data-value', '156');
  const ten = await everyTriplet(page, TEN, 0.5);
  expect(ten).toHaveLength(156);
  expect(await totalOf(page)).toBeCloseTo(
    ten.reduce((total, t) => total + t.loss, 0),
    10,
  );
});

test('the filter shows only triplets of the chosen kind, as many as there are', async ({
  page,
}) => {
  await page.goto(`/#${TEN_LINK}`);
  await expect(page.getByTestId('triplet-row')).toHaveCount(25);
  const triplets = await everyTriplet(page, TEN, 0.5);
  const show = page.getByRole('group', { name: 'Show' });
  for (const [name, kind] of [
    ['Hard', 'hard'],
    ['Semi-hard', 'semi-hard'],
    ['Easy', 'easy'],
  ] as const) {
    const count = triplets.filter((t) => t.kind === kind).length;
    expect(count).toBeGreaterThan(0);
    const radio = show.getByRole('radio', { name: `${name} ${count}`, exact: true });
    await radio.check();
    await expect(page.getByTestId('triplet-row')).toHaveCount(Math.min(count, 25));
    const rows = await expectRowsToMatch(page, triplets);
    const expected = triplets.filter((t) => t.kind === kind).slice(0, 25);
    expect(rows.map((r) => r.name)).toEqual(expected.map((t) => t.name));
  }
});

test('Next and Previous page through the triplets in table order', async ({ page }) => {
  await page.goto(`/#${TEN_LINK}`);
  const triplets = await everyTriplet(page, TEN, 0.5);
  const pager = page.getByRole('navigation', { name: 'Pages of triplets' });
  const next = pager.getByRole('button', { name: 'Next' });
  await expect(pager).toContainText('Rows 1–25 of 156');
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
  for (let start = 25; start < 156; start += 25) {
    await next.click();
    const end = Math.min(start + 25, 156);
    await expect(pager).toContainText(`Rows ${start + 1}–${end} of 156`);
    const rows = await expectRowsToMatch(page, triplets);
    expect(rows.map((r) => r.name)).toEqual(triplets.slice(start, end).map((t) => t.name));
  }
  await expect(next).toBeDisabled();
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(pager).toContainText('Rows 126–150 of 156');
});

test('choosing a row draws that triplet, with a ring of radius D(a,p) + m', async ({ page }) => {
  await page.goto(`/#${TEN_LINK}`);
  const triplets = await everyTriplet(page, TEN, 0.5);
  // No point chosen yet: the scene's hardest triplet is drawn at once.
  const hardest = triplets.reduce((a, b) => (b.loss > a.loss ? b : a));
  await expect(page.getByTestId('triplet-negative')).toHaveAttribute(
    'data-label',
    hardest.name.split(',')[2]!,
  );
  expect(await radiusOf(page)).toBeCloseTo(hardest.dap + 0.5, 12);
  for (const name of ['A1,A2,B1', 'A2,A1,C2']) {
    const row = page.locator(`[data-testid="triplet-row"][data-triplet="${name}"]`);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    const [, positive, negative] = name.split(',');
    await expect(page.getByTestId('triplet-positive')).toHaveAttribute('data-label', positive!);
    await expect(page.getByTestId('triplet-negative')).toHaveAttribute('data-label', negative!);
    const chosen = triplets.find((t) => t.name === name)!;
    expect(await radiusOf(page)).toBeCloseTo(chosen.dap + 0.5, 12);
    const shownDap = Number(await row.locator('td').nth(2).textContent());
    expect(Math.abs((await radiusOf(page)) - 0.5 - shownDap)).toBeLessThanOrEqual(0.00005);
  }
  // With the keyboard: Enter on a focused row chooses it too.
  const row = page.locator('[data-testid="triplet-row"][data-triplet="A1,A3,C1"]');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('triplet-negative')).toHaveAttribute('data-label', 'C1');
  const chosen = triplets.find((t) => t.name === 'A1,A3,C1')!;
  expect(await radiusOf(page)).toBeCloseTo(chosen.dap + 0.5, 12);
});

test('dragging the anchor with the mouse moves its rows and its ring along', async ({ page }) => {
  await page.goto(`/#${DEFAULT_LINK}&loss=triplet`);
  // A2's gentler triplet (its hardest has B2): the ring follows the choice, not the hardest.
  const row = page.locator('[data-testid="triplet-row"][data-triplet="A2,A1,B1"]');
  await row.click();
  await expect(page.getByTestId('triplet-negative')).toHaveAttribute('data-label', 'B1');
  const before = await radiusOf(page);
  expect(before).toBeCloseTo(Math.sqrt(0.005) + 1, 12);

  const a2 = page.getByTestId('point-A2');
  // Choosing the row scrolled the table into view; scroll back up to the plane.
  await a2.scrollIntoViewIfNeeded();
  const start = await centreOf(a2);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 90, start.y + 40, { steps: 12 });
  // Mid-drag, the ring already follows the point.
  const during = await readPoint(a2);
  expect(during.x).toBeLessThan(0.75 - 0.05);
  const a1 = await readPoint(page.getByTestId('point-A1'));
  expect(await radiusOf(page)).toBeCloseTo(Math.hypot(during.x - a1.x, during.y - a1.y) + 1, 12);
  await page.mouse.move(start.x - 140, start.y + 70, { steps: 12 });
  await page.mouse.up();

  const moved = await readPoint(a2);
  expect(moved.x).toBeLessThan(0.75 - 0.1);
  await expect(page.getByTestId('triplet-negative')).toHaveAttribute('data-label', 'B1');
  const radius = await radiusOf(page);
  expect(radius).toBeGreaterThan(before);
  expect(radius).toBeCloseTo(Math.hypot(moved.x - a1.x, moved.y - a1.y) + 1, 12);
  const triplets = await everyTriplet(page, FOUR, 1);
  await expectRowsToMatch(page, triplets);
  expect(await totalOf(page)).toBeCloseTo(
    triplets.reduce((total, t) => total + t.loss, 0),
    12,
  );
});

test('the Triplets tab and the drawn triplet pass axe-core, in the light and the dark theme', async ({
  page,
}) => {
  // Two axe runs over a page this size take a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto(`/#${TEN_LINK}`);
  await page.locator('[data-testid="triplet-row"][data-triplet="A1,A3,C1"]').click();
  await expect(ring(page)).toHaveCount(1);
  const violations = async () => {
    const found = await axe(page).include('.triplet-panel').include('.triplet-overlay').analyze();
    return found.violations.map((v) => `${v.id}: ${v.help}`);
  };
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
  expect(await violations()).toEqual([]);
});
