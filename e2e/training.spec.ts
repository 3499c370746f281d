import {
  centreOf,
  DEFAULT_LINK,
  framesPass,
  expect,
  readPoint,
  readRows,
  readScene,
  test,
  totalOf,
} from './fixtures';

const steps = (page: import('@playwright/test').Page) =>
  page.getByTestId('step-count').textContent().then(Number);

test('Play separates Alice’s and Bob’s photos and the loss falls; Reset brings the start back', async ({
  page,
}) => {
  // At lr 0.01 the run takes long enough to pause midway.
  await page.goto(`./#${DEFAULT_LINK}&lr=0.01`);
  const before = await readScene(page);
  await page.getByRole('tab', { name: 'Training' }).click();
  await page.getByLabel('Speed').selectOption({ label: '60 steps/s' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => steps(page)).toBeGreaterThanOrEqual(40);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const taken = await steps(page);
  // At 60 steps/s a running trainer would take one a frame.
  await framesPass(page, 12);
  expect(await steps(page)).toBe(taken);

  await page.getByRole('tab', { name: 'Losses' }).click();
  const rows = await readRows(page);
  const a2b2 = rows.find((r) => r.pair === 'A2,B2')!;
  expect(a2b2.d).toBeGreaterThan(0.8485);
  expect(await totalOf(page)).toBeLessThan(0.033044737 / 2);

  await page.getByRole('tab', { name: 'Training' }).click();
  const chart = page.getByTestId('loss-per-step');
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /0\.0330 before training/);
  await expect(page.getByText(/From 0\.0330 to/)).toBeVisible();
  await page.getByLabel('Log scale').check();
  await expect(page.getByText('total loss (log)')).toBeVisible();

  const trained = await totalOf(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('step-count')).toHaveText('0');
  expect(await readScene(page)).toEqual(before);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  // Undo takes back the reset, then the whole run in one step.
  await page.keyboard.press('Control+z');
  await expect.poll(() => totalOf(page)).toBe(trained);
  await page.keyboard.press('Control+z');
  expect(await readScene(page)).toEqual(before);
});

test('one Step moves every point by exactly −lr · gradient', async ({ page }) => {
  await page.goto(`./#${DEFAULT_LINK}&lr=0.05`);
  await expect(page.getByTestId('learning-rate')).toHaveText('0.050');
  const before = await readScene(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  const after = await readScene(page);
  for (const [label, point] of Object.entries(before)) {
    expect(after[label]!.x).toBeCloseTo(point.x - 0.05 * point.gx, 12);
    expect(after[label]!.y).toBeCloseTo(point.y - 0.05 * point.gy, 12);
  }
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await page.keyboard.press('Control+Shift+z');
  expect(await readScene(page)).toEqual(after);
});

test('the learning rate slider is logarithmic and goes into the link', async ({ page }) => {
  await page.goto('./#lab=1');
  const slider = page.getByRole('slider', { name: 'Learning rate' });
  await expect(page.getByTestId('learning-rate')).toHaveText('0.100');
  await slider.focus();
  // One press is 0.01 in log₁₀(lr): 100 presses multiply the rate by ten.
  for (let k = 0; k < 100; k++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('learning-rate')).toHaveText('0.010');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('lr=0.01');
  await page.keyboard.press('End');
  await expect(page.getByTestId('learning-rate')).toHaveText('1.000');
  // Three decades below the default, which is 0.1 here.
  await page.keyboard.press('Home');
  await expect(page.getByTestId('learning-rate')).toHaveText('0.00010');
  // "default" brings back the loss's own rate for the scene, and the link forgets the rate.
  await page.getByRole('button', { name: 'Default rate, 0.100' }).click();
  await expect(page.getByTestId('learning-rate')).toHaveText('0.100');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('lr=');
});

test('each loss has its own default rate, and the slider spans the decades around it', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}&loss=triplet`);
  // Each point of the example is in 6 triplets: 0.25 · m / 12, rounded down to 0.02.
  await expect(page.getByTestId('learning-rate')).toHaveText('0.020');
  const slider = page.getByRole('slider', { name: 'Learning rate' });
  await expect(slider).toHaveAttribute('min', '-5');
  await expect(slider).toHaveAttribute('max', '0');
  await page.getByRole('tab', { name: 'Scene' }).click();
  await page.getByRole('button', { name: /1,000 random points/ }).click();
  // 1,000 points make 139,650 triplets at each point: 0.25 / 279,300 = 9.0e-7, rounded down.
  await expect(page.getByTestId('learning-rate')).toHaveText('5.0e-7');
  await expect(slider).toHaveAttribute('min', '-10');
  await expect(slider).toHaveAttribute('max', '-4');
});

test('too large a rate stops training with an explanation, never NaN, and the view refits', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}&lr=1`);
  await page.getByRole('tab', { name: 'Training' }).click();
  await page.getByLabel('Speed').selectOption({ label: 'as fast as it goes' });
  await page.getByRole('button', { name: 'Play' }).click();
  const status = page.getByTestId('training-status');
  await expect(status).toContainText('flew off');
  await expect(status).toContainText('Lower the learning rate');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('NaN');
  await expect(page.locator('body')).not.toContainText('Infinity');
  await page.getByRole('tab', { name: 'Losses' }).click();
  for (const row of await readRows(page)) {
    expect(Number.isFinite(row.d) && Number.isFinite(row.loss)).toBe(true);
  }

  await page.getByRole('button', { name: 'Fit view' }).click();
  const plane = await page.locator('.plane-marks').boundingBox();
  for (const label of ['A1', 'A2', 'B1', 'B2']) {
    const { x, y } = await centreOf(page.getByTestId(`point-${label}`));
    expect(x).toBeGreaterThan(plane!.x);
    expect(x).toBeLessThan(plane!.x + plane!.width);
    expect(y).toBeGreaterThan(plane!.y);
    expect(y).toBeLessThan(plane!.y + plane!.height);
  }
});

test('training stops by itself once the loss is zero, and says so', async ({ page }) => {
  // Two photos of one person, a little apart: descent at lr 0.25 halves D each step.
  await page.goto('./#m=1&p=A1,alice,0,0&p=A2,alice,0.5,0&p=B1,bob,3,0&lr=0.25');
  await page.getByRole('tab', { name: 'Training' }).click();
  await page.getByLabel('Speed').selectOption({ label: 'as fast as it goes' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('training-status')).toContainText(
    /loss is exactly 0|stopped changing/,
  );
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await totalOf(page)).toBeLessThan(1e-6);
});

test('a point held by the mouse stays under it while training pulls at the others', async ({
  page,
}) => {
  // At lr 0.01 the run lasts long enough for the hold, however slowly a loaded machine steps:
  // at the default rate it could converge before the test had looked.
  await page.goto(`./#${DEFAULT_LINK}&lr=0.01`);
  await page.getByRole('tab', { name: 'Training' }).click();
  await page.getByLabel('Speed').selectOption({ label: '20 steps/s' });
  await page.getByRole('button', { name: 'Play' }).click();
  const b2 = page.getByTestId('point-B2');
  const start = await centreOf(b2);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const spot = { x: start.x + 40, y: start.y + 90 };
  await page.mouse.move(spot.x, spot.y, { steps: 6 });
  const moved = await steps(page);
  await expect.poll(() => steps(page)).toBeGreaterThan(moved + 1);
  const before = await centreOf(b2);
  const others = await readPoint(page.getByTestId('point-A1'));
  const held = await steps(page);
  await expect.poll(() => steps(page)).toBeGreaterThan(held + 10);
  // Ten steps on, the held point has not moved, while training has moved the others. It sits
  // where the pointer holds it, give or take the few pixels training moved it between the test's
  // reading of its centre and the press (the grab keeps that offset).
  const after = await centreOf(b2);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(0.5);
  expect(Math.hypot(after.x - spot.x, after.y - spot.y)).toBeLessThan(6);
  expect(await readPoint(page.getByTestId('point-A1'))).not.toEqual(others);
  await page.mouse.up();
  await page.getByRole('button', { name: 'Pause' }).click();
});

const PRESET_BUTTONS = [
  'Seed example',
  'Margin too small',
  'Collapse',
  'Look-alikes',
  '8 people × 5 photos',
  '1,000 random points',
];

for (const loss of ['Contrastive', 'Triplet', 'InfoNCE']) {
  test(`under the ${loss} loss's own default rate, Step lowers the loss on every preset`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`./#${DEFAULT_LINK}`);
    await page.locator('.loss-switcher label', { hasText: loss }).click();
    for (const preset of PRESET_BUTTONS) {
      await page.getByRole('tab', { name: 'Scene' }).click();
      await page.getByRole('button', { name: new RegExp(`^${preset}`) }).click();
      await expect(page.getByTestId('step-count')).toHaveText('0');
      // A preset brings its points, not a loss: the one chosen stays.
      await expect(page.locator('.loss-switcher label.chosen')).toHaveText(loss);
      const before = await totalOf(page);
      await page.getByRole('button', { name: 'Step' }).click();
      await expect(page.getByTestId('step-count')).toHaveText('1');
      expect(await totalOf(page), `${preset} under ${loss}`).toBeLessThan(before);
      // The next preset starts from its own scene, not from this step.
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
    }
  });
}

test('a run on the example goes slowly enough to watch, drawing each point’s path', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  await page.getByRole('button', { name: 'Play' }).click();
  // Five steps a second: after a second and a half the run is still going, a few steps in.
  await expect.poll(() => steps(page)).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await steps(page)).toBeLessThan(20);
  // The paths are drawn under the grid as the points go.
  await expect(page.locator('canvas.plane-underlay')).toBeAttached();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('tab', { name: 'Training' }).click();
  await expect(page.getByLabel('Trails: each point’s path')).toBeChecked();
  await expect(page.getByLabel('Speed')).toHaveValue('5');
});

test('the arrows’ caption gives their drawing scale and the step the learning rate really takes', async ({
  page,
}) => {
  await page.goto(`./#${DEFAULT_LINK}`);
  const caption = page.getByTestId('arrow-scale');
  const scale = Number(await caption.getAttribute('data-value'));
  await expect(caption).toContainText(`× ${scale}`);
  await expect(caption).toContainText('learning rate 0.1');
  await expect(caption).toContainText(
    `${Number(((100 * 0.1) / scale).toPrecision(2))}% of its arrow`,
  );
  const slider = page.getByRole('slider', { name: 'Learning rate' });
  await slider.focus();
  for (let k = 0; k < 100; k++) await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('learning rate 0.01');
  await expect(caption).toContainText(
    `${Number(((100 * 0.01) / scale).toPrecision(2))}% of its arrow`,
  );
});
