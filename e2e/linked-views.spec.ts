/**
 * The views of one scene answer each other: a row lights its pair and a point its rows, and the
 * states of a pair or a point show on the plane.
 */
import { expect, test } from './fixtures';

test('hovering a row lights its pair on the plane, and hovering a point lights its rows', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.locator('[data-testid="pair-row"][data-pair="A2,B2"]').hover();
  await expect(page.locator('[data-testid="pair-line"][data-pair="A2,B2"]')).toHaveClass(/\blit\b/);
  await expect(page.locator('[data-testid="pair-line"][data-pair="A1,A2"]')).toHaveClass(/\bdim\b/);

  await page.getByTestId('point-A1').hover();
  const lit = page.locator('[data-testid="pair-row"].lit');
  await expect(lit).toHaveCount(2);
  expect(await lit.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pair')))).toEqual([
    'A1,A2',
    'A1,B1',
  ]);
  // The point's arrow splits into one share per active pair: a pull from A2, a push from B1.
  await expect(page.locator('[data-testid="pair-share"].pull')).toHaveCount(1);
  await expect(page.locator('[data-testid="pair-share"].push')).toHaveCount(1);

  await page.mouse.move(5, 5);
  await expect(page.locator('[data-testid="pair-row"].lit')).toHaveCount(0);
});

test('focusing a row with the keyboard lights its pair too', async ({ page }) => {
  await page.goto('./#lab=1');
  await page.locator('[data-testid="pair-row"][data-pair="A1,B1"]').focus();
  await expect(page.locator('[data-testid="pair-line"][data-pair="A1,B1"]')).toHaveClass(/\blit\b/);
});

test('a dissimilar pair beyond the margin is drawn at rest, its circle unmarked', async ({
  page,
}) => {
  await page.goto('./#m=1&p=A,ann,0,0&p=B,bob,1.5,0&p=C,bob,0.5,0&pairs=A-B,A-C');
  await expect(page.locator('[data-testid="pair-line"][data-pair="A,B"]')).toHaveClass(/resting/);
  await expect(page.locator('[data-testid="pair-line"][data-pair="A,C"]')).not.toHaveClass(
    /resting/,
  );
  await expect(page.locator('[data-testid="margin-circle"][data-point="B"]')).toHaveAttribute(
    'data-active',
    'false',
  );
  await expect(page.locator('[data-testid="margin-circle"][data-point="C"]')).toHaveAttribute(
    'data-active',
    'true',
  );
  await expect(page.getByTestId('grad-B')).toHaveAttribute('data-gx', '0');
});

test('coincident points of different identities are flagged, with finite gradients', async ({
  page,
}) => {
  await page.goto('./#m=1&p=A1,alice,0.5,0.5&p=B1,bob,0.5,0.5&pairs=all');
  await expect(page.getByTestId('coincident-warning')).toContainText(
    'A1 and B1 sit on exactly the same spot',
  );
  await expect(page.getByTestId('grad-A1')).toHaveAttribute('data-gx', '-2');
  await expect(page.getByTestId('grad-B1')).toHaveAttribute('data-gx', '2');
  await expect(page.getByTestId('total-loss')).toHaveText('1.0000');
  await page.getByTestId('point-B1').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('coincident-warning')).toHaveCount(0);
});
