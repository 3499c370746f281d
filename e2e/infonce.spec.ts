import type { Page } from '@playwright/test';
import { generateScene } from '../src/scene/generate';
import { sceneToHash } from '../src/scene/codec/link';
import { cosine, infoNceTerms, softmax } from '../src/testing/referenceLosses';
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

const INFONCE_LINK = `${DEFAULT_LINK}&loss=infonce&tau=0.5`;

/** Who is who, read from the link the test opens (never from the page). */
function identitiesOf(link: string): Map<string, string> {
  return new Map(
    link
      .split('&')
      .filter((part) => part.startsWith('p='))
      .map((part) => part.slice(2).split(',') as [string, string]),
  );
}

type Points = Map<string, { x: number; y: number }>;

async function readPoints(page: Page, labels: Iterable<string>): Promise<Points> {
  const points: Points = new Map();
  for (const label of labels)
    points.set(label, await readPoint(page.getByTestId(`point-${label}`)));
  return points;
}

/** Each ordered positive pair's ℓ(i, j) by the textbook formula, by "anchor,positive". */
function referenceLosses(points: Points, identities: Map<string, string>, tau: number) {
  const labels = [...points.keys()];
  const people = labels.map((label) => ({
    identity: identities.get(label)!,
    ...points.get(label)!,
  }));
  return new Map(
    infoNceTerms(people, tau).map(({ i, j, loss }) => [`${labels[i]!},${labels[j]!}`, loss]),
  );
}

async function readInfoNceRows(page: Page) {
  return page.getByTestId('infonce-row').evaluateAll((rows) =>
    rows.map((row) => ({
      pair: row.getAttribute('data-pair') ?? '',
      loss: Number(row.getAttribute('data-loss')),
      shown: row.querySelectorAll('td')[2]?.textContent.trim() ?? '',
    })),
  );
}

/** Every row, the visible cells and the total against the reference at the page's points. */
async function expectRowsToMatch(page: Page, identities: Map<string, string>, tau: number) {
  const points = await readPoints(page, identities.keys());
  const expected = referenceLosses(points, identities, tau);
  const rows = await readInfoNceRows(page);
  expect(rows.map((row) => row.pair).sort()).toEqual([...expected.keys()].sort());
  for (const row of rows) {
    expect(Number.isFinite(row.loss)).toBe(true);
    expect(row.loss).toBeCloseTo(expected.get(row.pair)!, 9);
    expect(row.shown).toBe(expected.get(row.pair)!.toFixed(4));
  }
  const mean = [...expected.values()].reduce((sum, loss) => sum + loss, 0) / expected.size;
  expect(await totalOf(page)).toBeCloseTo(mean, 9);
  await expect(page.getByTestId('total-loss')).toHaveText(mean.toFixed(4));
  return rows;
}

test('each ordered positive pair shows −log of its softmax, and the total is their mean', async ({
  page,
}) => {
  await page.goto(`./#${INFONCE_LINK}`);
  await expect(page.getByRole('tab', { name: 'InfoNCE' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('infonce-row')).toHaveCount(4);
  const rows = await expectRowsToMatch(page, identitiesOf(INFONCE_LINK), 0.5);
  expect(rows.map((row) => row.pair)).toEqual(['A1,A2', 'A2,A1', 'B1,B2', 'B2,B1']);
  await expect(page.getByTestId('tau-value')).toHaveText('τ = 0.50');
  await expect(page.getByTestId('infonce-batch')).toContainText(
    'each anchor has 1 positive and 2 negatives',
  );

  // The anchor is A1 until another is picked: its bars and its loss term.
  const bars = page.getByTestId('infonce-softmax');
  await expect(bars).toHaveAttribute('data-anchor', 'A1');
  const a1a2 = rows.find((row) => row.pair === 'A1,A2')!.loss;
  await expect(bars).toHaveAttribute(
    'aria-label',
    new RegExp(`A2 ${Math.exp(-a1a2).toFixed(3)} \\(positive\\)`),
  );
  await expect(page.getByText(/is −log of the positive's bar/)).toContainText(a1a2.toFixed(4));
});

test('the temperature slider moves τ along a log scale with the keyboard, and every number follows', async ({
  page,
}) => {
  await page.goto(`./#${INFONCE_LINK}`);
  const identities = identitiesOf(INFONCE_LINK);
  const slider = page.getByRole('slider', { name: 'Temperature' });
  const before = await totalOf(page);
  await slider.focus();
  // One step is 0.01 in log10 τ: 0.5 = 10^−0.301 sits on the step −0.30, the next is −0.29.
  await page.keyboard.press('ArrowRight');
  const stepped = Number((10 ** -0.29).toPrecision(3));
  await expect(page.getByTestId('tau-value')).toHaveText(`τ = ${stepped}`);
  await expect(slider).toHaveAttribute('aria-valuetext', `τ = ${stepped}`);
  await expect.poll(() => new URL(page.url()).hash).toContain(`tau=${stepped}`);
  await expectRowsToMatch(page, identities, stepped);
  // A warmer softmax spreads the probability: the positives' terms grow.
  expect(await totalOf(page)).toBeGreaterThan(before);

  await page.keyboard.press('End');
  await expect(page.getByTestId('tau-value')).toHaveText('τ = 10.0');
  await expect.poll(() => new URL(page.url()).hash).toContain('tau=10');
  await expectRowsToMatch(page, identities, 10);
  // At τ = 10 each anchor's three candidates are nearly alike: ℓ ≈ log 3.
  expect(await totalOf(page)).toBeCloseTo(Math.log(3), 1);

  await page.keyboard.press('Home');
  await expect(page.getByTestId('tau-value')).toHaveText('τ = 0.01');
  await expectRowsToMatch(page, identities, 0.01);
});

test('dragging a point with the mouse changes the rows as the reference says', async ({ page }) => {
  await page.goto(`./#${INFONCE_LINK}`);
  const identities = identitiesOf(INFONCE_LINK);
  const before = await readInfoNceRows(page);
  const b2 = page.getByTestId('point-B2');
  const start = await centreOf(b2);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 160, start.y + 90, { steps: 12 });
  await page.mouse.up();
  const after = await expectRowsToMatch(page, identities, 0.5);
  // B2 now points more like Alice's photos: its own term and B1's grow.
  const loss = (rows: typeof before, pair: string) => rows.find((row) => row.pair === pair)!.loss;
  expect(loss(after, 'B2,B1')).toBeGreaterThan(loss(before, 'B2,B1'));
  expect(loss(after, 'B1,B2')).toBeGreaterThan(loss(before, 'B1,B2'));
  // The dragged point became the anchor of the bars, and its ray turned with it.
  await expect(page.getByTestId('infonce-softmax')).toHaveAttribute('data-anchor', 'B2');
  await expect(page.getByTestId('infonce-ray-B2')).toBeAttached();
});

test('a cold τ from a link stays finite, even beyond the slider', async ({ page }) => {
  // A2 points away from A1, so at τ = 0.001 the scores differ by about 2,000.
  const link = DEFAULT_LINK.replace('A2,alice,0.75,0.25', 'A2,alice,-0.75,-0.25');
  const identities = identitiesOf(link);
  for (const tau of [0.01, 0.001]) {
    await page.goto(`./#${link}&loss=infonce&tau=${tau}`);
    await expect(page.getByTestId('tau-value')).toHaveText(`τ = ${tau}`);
    const rows = await expectRowsToMatch(page, identities, tau);
    // A1's positive points the other way: its term is about (0.41 + 1)/τ.
    expect(rows.find((row) => row.pair === 'A1,A2')!.loss).toBeGreaterThan(1 / tau);
    await expect(page.getByText(/lies below the slider's range/)).toHaveCount(tau < 0.01 ? 1 : 0);
  }
});

test('the similarity matrix is linked to the plane: point at a row to light it, click to anchor it', async ({
  page,
}) => {
  await page.goto(`./#${INFONCE_LINK}`);
  const identities = identitiesOf(INFONCE_LINK);
  const points = await readPoints(page, identities.keys());
  const matrix = page.getByRole('group', { name: /Similarity matrix of 4 points/ });
  await matrix.scrollIntoViewIfNeeded();
  const box = (await matrix.locator('canvas').boundingBox())!;
  const cell = box.height / 4;
  // Rows and columns run A1, A2, B1, B2: B1's row, A2's column.
  await page.mouse.move(box.x + 1.5 * cell, box.y + 2.5 * cell);
  await expect(page.getByTestId('point-B1')).toHaveClass(/\blit\b/);
  await expect(page.getByText(/B1 → A2 \(negative\): cos = /)).toContainText(
    cosine(points.get('B1')!, points.get('A2')!).toFixed(3),
  );
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.getByTestId('infonce-softmax')).toHaveAttribute('data-anchor', 'B1');
  // B1's arcs on the plane: to its positive B2 and to its nearest negative, A2.
  const nearest = ['A1', 'A2'].sort(
    (a, b) => cosine(points.get('B1')!, points.get(b)!) - cosine(points.get('B1')!, points.get(a)!),
  )[0]!;
  await expect(page.getByTestId(`infonce-arc-${nearest}`)).toContainText(
    `cos = ${cosine(points.get('B1')!, points.get(nearest)!).toFixed(2)}`,
  );
  await expect(page.getByTestId('infonce-arc-B2')).toBeAttached();

  // The keyboard does the same: the first key lands on the anchor's row, Enter picks a row.
  await page.mouse.move(0, 0);
  await matrix.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('infonce-softmax')).toHaveAttribute('data-anchor', 'B2');
});

test('2,000 points stay bounded: a page of rows, a 60-point matrix, the anchor rays alone', async ({
  page,
}) => {
  const scene = generateScene({ identities: 400, photos: 5, spread: 0.15, seed: 1 });
  if (!scene.ok) throw new Error(scene.problems.join(' '));
  await page.goto(`./#${sceneToHash({ ...scene.value, loss: 'infonce', tau: 0.1 })}`);
  await expect(page.getByTestId('infonce-row')).toHaveCount(50);
  await expect(page.getByText('Pairs 1–50 of 8,000')).toBeVisible();
  await expect(page.getByTestId('infonce-batch')).toContainText(
    'each anchor has 4 positives and 1,995 negatives',
  );
  await expect(page.getByText(/the first 60 of 2,000 points are shown/)).toBeVisible();
  // The anchor A1, its nearest negative and its two least similar positives.
  await expect(page.locator('[data-testid^="infonce-ray-"]')).toHaveCount(4);
  await expect(page.getByTestId('infonce-ray-A1')).toBeAttached();

  // A1's first term, against every one of the 1,999 candidates.
  const points = await readScene(page);
  const labels = Object.keys(points);
  const p = softmax(Object.values(points), labels.indexOf('A1'), 0.1);
  const first = page.getByTestId('infonce-row').first();
  await expect(first).toHaveAttribute('data-pair', 'A1,A2');
  const a1a2 = -Math.log(p[labels.indexOf('A2')]!);
  expect(Number(await first.getAttribute('data-loss'))).toBeCloseTo(a1a2, 9);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Pairs 51–100 of 8,000')).toBeVisible();
  await expect(page.getByTestId('infonce-row')).toHaveCount(50);
});

test('the InfoNCE figure passes axe-core in the light and the dark theme', async ({ page }) => {
  test.setTimeout(120_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`./#${INFONCE_LINK}`);
    await page.getByTestId('infonce-row').first().waitFor();
    const { violations } = await axe(page).include('.figure-column').analyze();
    const found = violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(found, colorScheme).toEqual([]);
  }
});
