import type { Page } from '@playwright/test';
import { expect, readRows, test } from './fixtures';

const exercise = (page: Page, n: number) =>
  page.getByRole('region', { name: `Exercise ${n}`, exact: true });

async function answer(
  page: Page,
  n: number,
  numbers: Record<string, string>,
  choices: string[] = [],
) {
  const region = exercise(page, n);
  for (const [label, value] of Object.entries(numbers))
    await region.getByLabel(label, { exact: true }).fill(value);
  for (const choice of choices) await region.getByLabel(choice).check();
  await region.getByRole('button', { name: 'Check' }).click();
  return page.getByTestId(`exercise-${n}-feedback`);
}

test('exercise 1: right, wrong, and set up on the plane', async ({ page }) => {
  await page.goto('./');
  let feedback = await answer(page, 1, { 'D(A1, B2)': '0.95', 'its loss at m = 1': '0.0065' }, [
    'a negative pair (y = 0)',
  ]);
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(feedback).toContainText('0.95 is 0.031 too high (3.3% off)');
  feedback = await answer(page, 1, { 'D(A1, B2)': '0.9192' });
  await expect(feedback).toHaveAttribute('data-correct', 'true');

  await exercise(page, 1).getByRole('button', { name: 'Show A1–B2 on the plane' }).click();
  await expect(page.getByTestId('pair-row')).toHaveCount(6);
  await expect(page.locator('[data-testid="pair-row"][data-pair="A1,B2"]')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('pair-formula')).toContainText('0.9192');
  await expect(page.getByTestId('pair-formula')).toContainText('0.0065');

  await exercise(page, 1).getByText('Show the working').click();
  await expect(exercise(page, 1)).toContainText('0.845');
});

test('exercise 2: right, wrong, and a pair at D = 1.5', async ({ page }) => {
  await page.goto('./');
  const right = {
    'loss at m = 1': '0',
    'dL/dD at m = 1': '0',
    'loss at m = 2': '0.25',
    'dL/dD at m = 2': '-1',
  };
  let feedback = await answer(page, 2, { ...right, 'dL/dD at m = 2': '1' });
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(feedback).toContainText('dL/dD at m = 2: 1 is 2 too high');
  feedback = await answer(page, 2, right);
  await expect(feedback).toHaveAttribute('data-correct', 'true');

  await exercise(page, 2).getByRole('button', { name: 'Set up a pair at D = 1.5' }).click();
  await expect(page.getByTestId('pair-row')).toHaveCount(1);
  await expect(page.getByTestId('pair-row')).toHaveAttribute('data-d', '1.5');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0000');
  await page.getByRole('slider', { name: 'Margin' }).fill('2');
  await expect(page.getByTestId('total-loss')).toHaveText('0.2500');
});

test('exercise 3: the diagnosis and the fixes', async ({ page }) => {
  await page.goto('./');
  const cause =
    'The margin is too small for the scale of the embeddings: past D = 0.3 a negative pair gets no gradient.';
  let feedback = await answer(page, 3, {}, [
    'The learning rate is too high, so training overshoots.',
    'A larger margin',
  ]);
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  feedback = await answer(page, 3, {}, [
    cause,
    'Normalise the embeddings and choose m between 0.5 and 1',
    'Hard-negative mining',
    'A relative loss such as triplet or InfoNCE',
  ]);
  await expect(feedback).toHaveAttribute('data-correct', 'true');
  await exercise(page, 3).getByRole('button', { name: 'Put this scene on the plane' }).click();
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('0.3');
  // Every negative is parked just past the margin: no loss, no gradient; only the positives count.
  const rows = await readRows(page);
  expect(rows.filter((r) => r.y === 0).every((r) => r.d > 0.3 && r.d < 0.39 && r.loss === 0)).toBe(
    true,
  );
  await expect(page.getByTestId('total-loss')).toHaveText('0.0039');
});

test('exercise 4: counting pairs, with the calculator', async ({ page }) => {
  await page.goto('./');
  const right = {
    pairs: '49,995,000',
    'positive pairs': '249975',
    'negative pairs': '49745025',
    'negatives per positive': '199',
  };
  let feedback = await answer(page, 4, { ...right, pairs: '50,000,000' });
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(feedback).toContainText('5,000 too high');
  feedback = await answer(page, 4, right);
  await expect(feedback).toHaveAttribute('data-correct', 'true');

  const calculator = exercise(page, 4).getByRole('group', { name: 'Pair calculator' });
  await calculator.getByLabel('n (items)').fill('1000');
  await calculator.getByLabel('positive share (%)').fill('10');
  await expect(page.getByTestId('pair-calculator')).toContainText('499,500');
  await expect(page.getByTestId('pair-calculator')).toContainText('49,950');
  await calculator.getByLabel('n (items)').fill('a lot');
  await expect(calculator.getByRole('alert')).toContainText('whole number');
});

test('exercise 5: negatives for free', async ({ page }) => {
  await page.goto('./');
  let feedback = await answer(page, 5, {
    'augmented views in the batch': '256',
    'negatives for each view': '510',
  });
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  feedback = await answer(page, 5, { 'augmented views in the batch': '512' });
  await expect(feedback).toHaveAttribute('data-correct', 'true');
});
