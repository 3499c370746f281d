import type { Page } from '@playwright/test';
import { expect, readScene, selectLine, test } from './fixtures';

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

  await exercise(page, 1)
    .getByRole('button', { name: 'Put A1–B2 on the plane to compare' })
    .click();
  await expect(page.getByTestId('pair-line')).toHaveCount(6);
  await expect(page.locator('[data-testid="pair-line"][data-pair="A1,B2"]')).toHaveAttribute(
    'data-selected',
    'true',
  );
  await expect(page.getByTestId('pair-formula')).toContainText('0.9192');
  await expect(page.getByTestId('pair-formula')).toContainText('0.0065');

  await exercise(page, 1).getByText('Show the working').click();
  await expect(exercise(page, 1)).toContainText('0.845');
});

test('exercise 1: the setup shows A1 and B2 but none of their numbers before a check', async ({
  page,
}) => {
  // Start from a selected pair: the setup must take that away, not keep it.
  await page.goto('./#exercises');
  await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', 'exercises');
  await selectLine(page, 'A2', 'B2');

  const compare = exercise(page, 1).getByRole('button', {
    name: 'Put A1–B2 on the plane to compare',
  });
  await exercise(page, 1).getByRole('button', { name: 'Show A1 and B2 on the plane' }).click();
  await expect(page.getByTestId('point-A1')).toBeInViewport();
  await expect(page.getByTestId('point-B2')).toBeInViewport();
  // The worked example's four pairs: A1–B2 is not scored, so no line or formula has it.
  await expect(page.getByTestId('pair-line')).toHaveCount(4);
  await expect(page.locator('[data-pair="A1,B2"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="pair-line"][data-selected="true"]')).toHaveCount(0);
  await expect(page.getByTestId('pair-formula')).not.toContainText('0.9192');
  const figure = page.locator('[data-story-step]');
  await expect(figure).not.toContainText('0.9192', { useInnerText: true });
  await expect(figure).not.toContainText('0.0065', { useInnerText: true });
  await expect(page.locator('main')).not.toContainText('0.9192', { useInnerText: true });
  await expect(compare).toHaveCount(0);

  // A wrong answer does not unlock the comparison; a right one does.
  let feedback = await answer(page, 1, { 'D(A1, B2)': '0.9', 'its loss at m = 1': '0.0065' }, [
    'a negative pair (y = 0)',
  ]);
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(compare).toHaveCount(0);
  feedback = await answer(page, 1, { 'D(A1, B2)': '0.9192' });
  await expect(feedback).toHaveAttribute('data-correct', 'true');
  await compare.click();
  await expect(page.locator('[data-testid="pair-line"][data-pair="A1,B2"]')).toHaveAttribute(
    'data-selected',
    'true',
  );
});

test('exercise 1: opening the working also offers the comparison', async ({ page }) => {
  await page.goto('./');
  const compare = exercise(page, 1).getByRole('button', {
    name: 'Put A1–B2 on the plane to compare',
  });
  await expect(compare).toHaveCount(0);
  await exercise(page, 1).getByText('Show the working').click();
  await expect(compare).toBeVisible();
});

test('feedback reads as sentences when a choice is left out', async ({ page }) => {
  await page.goto('./');
  const feedback = await answer(page, 1, { 'D(A1, B2)': '0.9192', 'its loss at m = 1': '0.0065' });
  await expect(feedback).toHaveText('Not yet. A1 and B2 are …: choose an answer.');
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
  await expect(feedback).toContainText('dL/dD at m = 2: 1 has the right size but the wrong sign');
  await expect(feedback).toContainText('strength of the push');
  await expect(feedback).not.toContainText('too high');
  feedback = await answer(page, 2, right);
  await expect(feedback).toHaveAttribute('data-correct', 'true');

  await exercise(page, 2).getByRole('button', { name: 'Set up a pair at D = 1.5' }).click();
  await expect(page.getByTestId('pair-line')).toHaveCount(1);
  const [p, q] = Object.values(await readScene(page));
  expect(Math.hypot(p!.x - q!.x, p!.y - q!.y)).toBe(1.5);
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
  // Mining finds nothing to mine: with m = 0.3 no negative at D ≈ 0.35 is inside the margin.
  feedback = await answer(page, 3, {}, [
    cause,
    'Normalise the embeddings and choose m between 0.5 and 1',
    'Hard-negative mining',
    'A relative loss such as triplet or InfoNCE',
  ]);
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(feedback).toContainText('there are none to find');
  await exercise(page, 3).getByLabel('Hard-negative mining').uncheck();
  await exercise(page, 3).getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toHaveAttribute('data-correct', 'true');
  await exercise(page, 3).getByRole('button', { name: 'Put this scene on the plane' }).click();
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('0.3');
  // Every negative is parked just past the margin: no loss, no gradient; only the positives count.
  await expect(page.locator('[data-testid="pair-line"].dissimilar')).toHaveCount(12);
  await expect(page.locator('[data-testid="pair-line"].dissimilar.resting')).toHaveCount(12);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0039');
});

test('exercise 4: the calculator opens on an example of its own, not on the answers', async ({
  page,
}) => {
  await page.goto('./');
  const calculator = exercise(page, 4).getByRole('group', { name: 'Pair calculator' });
  await expect(calculator.getByLabel('n (items)')).toHaveValue('100');
  await expect(calculator.getByLabel('positive share (%)')).toHaveValue('10');
  const results = page.getByTestId('pair-calculator');
  await expect(results).toContainText('4,950');
  await expect(results).toContainText('495');
  await expect(results).toContainText('4,455');
  for (const given of ['49,995,000', '249,975', '49,745,025', '199'])
    await expect(exercise(page, 4)).not.toContainText(given, { useInnerText: true });
  const feedback = await answer(page, 4, {
    pairs: '100,000,000',
    'positive pairs': '249975',
    'negative pairs': '49745025',
    'negatives per positive': '200',
  });
  await expect(feedback).toContainText('n² counts every ordered pair');
  await expect(feedback).toContainText('all pairs per positive');
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a setup shows on the figure over the text, and the exercise stays in view', async ({
    page,
  }) => {
    await page.goto('./');
    const setup = exercise(page, 1).getByRole('button', { name: 'Show A1 and B2 on the plane' });
    await setup.scrollIntoViewIfNeeded();
    await setup.click();
    for (const label of ['A1', 'B2'])
      await expect(page.getByTestId(`point-${label}`)).toBeInViewport();
    await expect(setup).toBeInViewport();
  });

  test('the related losses switch the figure, in view above the button', async ({ page }) => {
    await page.goto('./');
    const tryIt = page.getByRole('button', { name: 'Try it on the plane with the InfoNCE loss' });
    await tryIt.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    await expect(page.locator('[data-story-step]')).toHaveAttribute('data-story-step', 'related');
    await tryIt.click();
    await expect(page.locator('[data-story-step] .stat-total')).toBeInViewport();
    await expect(
      page.locator('[data-story-step]').getByRole('radio', { name: 'InfoNCE' }),
    ).toBeChecked();
    await expect(tryIt).toBeInViewport();
  });
});

test('beside the article nothing jumps', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  const setup = exercise(page, 1).getByRole('button', { name: 'Show A1 and B2 on the plane' });
  // Scrolled to by the wheel, as a reader gets there, the sections on the way laid out as they pass.
  await page.mouse.move(300, 400);
  for (let turn = 0; turn < 100; turn++) {
    if (await setup.evaluate((button) => button.getBoundingClientRect().top < 500)) break;
    await page.mouse.wheel(0, 400);
  }
  const before = (await setup.boundingBox())!.y;
  await setup.click();
  await expect(page.locator('[data-story-step] [data-testid^="point-"]')).toHaveCount(4);
  await expect(page.getByTestId('point-A1')).toBeInViewport();
  await expect(page.getByTestId('point-B2')).toBeInViewport();
  expect((await setup.boundingBox())!.y).toBe(before);
});
