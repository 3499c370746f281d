/**
 * A restless visitor: random gestures on every control of the page (e2e/soak/mix.ts) from a
 * seeded generator. Nothing may print an error, and every number the page shows or carries in its
 * hooks stays finite. A failure names the seed and the gesture, so the run can be replayed with
 * ROBUSTNESS_SEED=<seed>.
 *
 * `npm test` runs a few hundred gestures; `npm run test:soak` runs thousands (ROBUSTNESS_ACTIONS),
 * from the same seed unless ROBUSTNESS_SEED gives another.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_LINK, expect, test } from './fixtures';
import { randomGesture } from './soak/mix';
import { dice, mulberry32 } from './soak/random';

const ACTIONS = Number(process.env.ROBUSTNESS_ACTIONS ?? 200);
const CHECK_EVERY = 100;
const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20261129);

const NUMERIC = ['data-value', 'data-x', 'data-y', 'data-gx', 'data-gy', 'data-d', 'data-loss'];

/** Every number hook that does not read as a finite number, and any NaN or Infinity in the text. */
const badNumbers = (page: Page) =>
  page.evaluate((names) => {
    const bad: string[] = [];
    for (const name of names)
      for (const element of document.querySelectorAll(`[${name}]`)) {
        const text = element.getAttribute(name) ?? '';
        if (text.trim() === '' || !Number.isFinite(Number(text)))
          bad.push(`${element.getAttribute('data-testid') ?? element.tagName} ${name}="${text}"`);
      }
    const shown = document.body.innerText;
    for (const word of ['NaN', 'Infinity'])
      if (shown.includes(word)) bad.push(`the page says "${word}"`);
    return bad;
  }, NUMERIC);

// A control that never becomes usable fails its gesture in seconds, named, not the run at its end.
test.use({ actionTimeout: 10_000 });

test(`${ACTIONS.toLocaleString('en-US')} random gestures leave no error and only finite numbers`, async ({
  page,
  errors,
}) => {
  // About four gestures a second on an idle two-core machine (a paste or a rename takes a few
  // steps). The limit only catches a hang: a CI machine running another suite beside this one
  // took over two minutes for 200, so it allows two seconds a gesture.
  test.setTimeout(ACTIONS * 2_000);
  const roll = dice(mulberry32(SEED));
  await page.goto(`./#${DEFAULT_LINK}`);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  expect(await badNumbers(page), 'the example scene itself').toEqual([]);

  const recent: string[] = [];
  for (let i = 1; i <= ACTIONS; i++) {
    const where = () => `seed ${SEED}, gesture ${i}; the last ones: ${recent.join(' | ')}`;
    try {
      recent.push(await randomGesture(roll)(page, roll));
    } catch (error) {
      throw new Error(`${where()} failed: ${(error as Error).message}`, { cause: error });
    }
    if (recent.length > 8) recent.shift();
    expect(errors, where()).toEqual([]);
    if (i % CHECK_EVERY === 0 || i === ACTIONS) expect(await badNumbers(page), where()).toEqual([]);
  }
  // After all that, a link opened afresh still shows the example with its known total. (A goto
  // to the same address would be no navigation at all if the hash, written at most once a
  // second, still held that link.)
  await page.goto('about:blank');
  await page.goto(`./#${DEFAULT_LINK}`);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
});
