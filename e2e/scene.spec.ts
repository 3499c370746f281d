import type { Page } from '@playwright/test';
import { calibrate, DEFAULT_LINK, expect, readPoint, readScene, test, totalOf } from './fixtures';

const stat = (page: Page, name: string) =>
  page.getByTestId(`stat-${name}`).getAttribute('data-value').then(Number);

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

test('a generated scene of 2,000 points has 1,999,000 pairs, counted right, and undoes in one step', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  const form = page.getByRole('form', { name: 'Generate a scene' });
  await form.getByLabel('People').fill('40');
  await form.getByLabel('Photos each').fill('50');
  await expect(form.locator('output')).toHaveText('40 × 50 = 2,000 points, 1,999,000 pairs');
  await form.getByRole('button', { name: 'Generate' }).click();

  await expect.poll(() => stat(page, 'points')).toBe(2000);
  expect(await stat(page, 'pairs')).toBe(1_999_000);
  // Forty people with 50 photos each: 40 × 50·49/2 similar pairs, the rest dissimilar.
  expect(await stat(page, 'positive')).toBe(49_000);
  expect(await stat(page, 'negative')).toBe(1_950_000);
  await expect(page.getByTestId('stat-pairs')).toHaveText('1,999,000');
  await expect(page.getByTestId('stat-ratio')).toHaveText('(1 : 39.8)');
  const total = Number(await page.getByTestId('total-loss').getAttribute('data-value'));
  expect(Number.isFinite(total) && total > 0).toBe(true);

  // The same inputs give the same scene: the link holds all 2,000 points once written.
  const pointsInLink = (text: string) => text.split('&p=').length - 1;
  await expect.poll(async () => pointsInLink(await hash(page))).toBe(2000);
  const first = await hash(page);
  await form.getByRole('button', { name: 'Generate' }).click();
  await expect.poll(() => hash(page)).toBe(first);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => stat(page, 'points')).toBe(4);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
});

test('the generator refuses more than 2,000 points in plain words and keeps the scene', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  const form = page.getByRole('form', { name: 'Generate a scene' });
  await form.getByLabel('People').fill('41');
  await form.getByLabel('Photos each').fill('50');
  await expect(form.locator('output')).toContainText('more than the 2,000 a scene can hold');
  await form.getByRole('button', { name: 'Generate' }).click();
  await expect(form.getByRole('alert')).toContainText('2,000');
  expect(await stat(page, 'points')).toBe(4);
  // The numbers stay as typed, to be corrected.
  await expect(form.getByLabel('People')).toHaveValue('41');
});

test('presets load with one click, each one step to undo', async ({ page }) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  const presets = page.locator('.preset');
  await expect(presets).toHaveCount(6);
  // Each shows a small preview of its points.
  await expect(presets.first().locator('svg path')).toHaveCount(2);

  await page.getByRole('button', { name: 'Collapse' }).click();
  await expect.poll(() => stat(page, 'points')).toBe(9);
  const collapsed = await readScene(page);
  for (const point of Object.values(collapsed))
    expect(Math.hypot(point.x - 0.5, point.y - 0.5)).toBeLessThanOrEqual(0.0100001);
  // Each of the 27 dissimilar pairs sits a hair apart, nearly a full margin inside: each costs
  // nearly m² = 1.
  expect(await totalOf(page)).toBeGreaterThan(25);
  expect(await totalOf(page)).toBeLessThan(27);

  await page.getByRole('button', { name: 'Margin too small' }).click();
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('0.3');
  expect(await stat(page, 'active-negative')).toBe(0);

  await page.getByRole('button', { name: '1,000 random points' }).click();
  await expect.poll(() => stat(page, 'points')).toBe(1000);
  expect(await stat(page, 'pairs')).toBe(499_500);

  await page.keyboard.press('Control+z');
  await expect.poll(() => stat(page, 'points')).toBe(6);
  await page.keyboard.press('Control+z');
  await expect.poll(() => stat(page, 'points')).toBe(9);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
});

test('people are renamed and recoloured in the Scene tab, with bad names refused', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  await page.getByRole('tab', { name: 'Scene' }).click();
  // The Scene tab's list of people: the article has lists that speak of photos too.
  const people = page.getByRole('tabpanel').getByRole('list').filter({ hasText: 'photos' });
  await expect(people).toContainText('2 photos');

  const name = page.getByLabel('Name of alice');
  await name.fill('bob');
  await name.press('Enter');
  await expect(page.getByRole('alert').first()).toContainText('bob');
  await expect(page.getByLabel('Name of alice')).toHaveValue('alice');

  await page.getByLabel('Name of alice').fill('ada');
  await page.getByLabel('Name of alice').press('Escape');
  await expect(page.getByLabel('Name of alice')).toHaveValue('alice');

  await page.getByLabel('Name of alice').fill('ada');
  await page.getByLabel('Name of alice').press('Enter');
  await expect(page.getByTestId('point-A1')).toHaveAttribute('aria-label', /A1, ada/);
  await expect.poll(() => hash(page)).toContain('p=A1,ada,0.8,0.2');

  await page.getByLabel('Colour of bob').fill('#2a9d8f');
  await expect.poll(() => hash(page)).toContain('colour=bob,2A9D8F');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => hash(page)).not.toContain('colour=');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => hash(page)).toContain('colour=bob,2A9D8F');
  await page.reload();
  await page.getByRole('tab', { name: 'Scene' }).click();
  await expect(page.getByLabel('Colour of bob')).toHaveValue('#2a9d8f');
  await expect(page.getByTestId('point-B1').locator('.symbol')).toHaveCSS(
    'fill',
    'rgb(42, 157, 143)',
  );
});

test('a new person is named in the Scene tab and placed with a click on the plane', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel("New person's name").fill('dora!');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('alert')).toContainText('will not do as a name');

  await form.getByLabel("New person's name").fill('dora');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('status')).toContainText('click an empty spot');
  // An empty spot inside the plot, between the two people.
  const { toScreen } = await calibrate(page);
  const spot = toScreen({ x: 0.3, y: 0.3 });
  await page.mouse.click(spot.x, spot.y);
  await expect(page.getByTestId('point-D1')).toHaveAttribute('aria-label', /D1, dora/);
  await expect.poll(() => stat(page, 'points')).toBe(5);
  const placed = await readPoint(page.getByTestId('point-D1'));
  expect(placed.x).toBeCloseTo(0.3, 2);
  expect(placed.y).toBeCloseTo(0.3, 2);
  await expect(page.getByLabel('Name of dora')).toBeVisible();
});
