/**
 * The built page carries a Content-Security-Policy (vite.config.ts) and everything a visitor does
 * runs under it: no inline script, no eval, nothing the policy has to refuse.
 */
import type { Page } from '@playwright/test';
import { centreOf, DEFAULT_LINK, expect, framesPass, test } from './fixtures';

interface Violation {
  directive: string;
  blocked: string;
}

/** Every refusal the policy reports, recorded from before the page's own scripts run. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

const policyOf = (page: Page) =>
  page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
    .then((text) => new Map((text ?? '').split(';').map((part) => splitDirective(part))));

function splitDirective(part: string): [string, string] {
  const [name = '', ...sources] = part.trim().split(/\s+/);
  return [name, sources.join(' ')];
}

test('the built page allows scripts from its own files only, and has no inline script', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const policy = await policyOf(page);
  expect(policy.get('script-src')).toBe("'self'");
  expect(policy.get('default-src')).toBe("'self'");
  expect(policy.get('object-src')).toBe("'none'");
  expect(policy.get('base-uri')).toBe("'none'");
  // The served file itself: every script is a file of the site, none is written in the page.
  const html = await (await request.get('./')).text();
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, body] of scripts) {
    expect(tag).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
    expect(body?.trim()).toBe('');
  }
});

test('using every part of the page breaks no rule of the policy', async ({ page }) => {
  await recordViolations(page);
  await page.goto(`./#${DEFAULT_LINK}&lr=0.01`);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');

  const point = page.getByTestId('point-A1');
  const from = await centreOf(point);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 40, from.y + 30, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('total-loss')).not.toHaveText('0.0330');

  const margin = page.getByRole('slider', { name: 'Margin' });
  await margin.focus();
  for (let i = 0; i < 5; i++) await margin.press('ArrowRight');
  await expect(page.getByTestId('margin-value')).not.toHaveText('m = 1.00');

  await page.getByRole('tab', { name: 'Training' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(() => page.getByTestId('step-count').textContent().then(Number))
    .toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('loss-per-step')).toBeVisible();

  await page.getByRole('button', { name: 'Landscape' }).click();
  await expect(page.getByTestId('landscape')).toBeVisible();

  const tabs = page.getByRole('tab');
  const names = await tabs.allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Losses', 'Pairs', 'Training', 'Scene']));
  for (const name of names) {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  // Then to the article and down the whole of it, so its formulas and charts render.
  await page.getByRole('link', { name: 'Read the article' }).click();
  await expect(page.locator('[data-room="article"]')).toBeVisible();
  for (;;) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    // The sections that came into view render in the frames after the scroll.
    await framesPass(page, 2);
    if (atBottom) break;
  }
  await expect(page.locator('.katex').first()).toBeAttached();
  expect(await page.locator('.katex').count()).toBeGreaterThan(5);
  await expect(page.getByTestId('curve-dot').first()).toBeAttached();
  await expect(page.getByTestId('margin-sensitivity')).toContainText(/\d\.\d{4}/);
  // KaTeX's fonts load under the policy (files of the site, the smallest inlined).
  const katexFonts = await page.evaluate(async () =>
    (await document.fonts.load('16px KaTeX_Main', 'x')).map((face) => face.status),
  );
  expect(katexFonts).toContain('loaded');

  expect(await violations(page)).toEqual([]);
});

test('a script written into the page is refused and does not run', async ({ page, errors }) => {
  await recordViolations(page);
  await page.goto('./');
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await expect(page.addScriptTag({ content: 'window.__injected = "ran";' })).rejects.toThrow(
    /violates the following Content Security Policy directive/,
  );
  await expect
    .poll(() => violations(page))
    .toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: string }).__injected),
  ).toBeUndefined();
  // Chromium says so in the console; that one refusal is the expected outcome, not a fault.
  const refusal = errors.findIndex((text) => /Executing inline script violates/.test(text));
  expect(refusal).toBeGreaterThanOrEqual(0);
  errors.splice(refusal, 1);
});

/** Markup where a link expects a name or a number, raw, percent-encoded, and encoded twice. */
const MARKUP_LINKS: { hash: string; shown: string }[] = [
  {
    hash: 'p=A1,<img src=x onerror=window.__pwned=1>,0,0',
    shown: '<img src=x onerror=window.__pwned=1>',
  },
  {
    hash: 'p=A1,%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E,0,0',
    shown: '<img src=x onerror=window.__pwned=1>',
  },
  { hash: 'p=A1,%253Cb%253Ebold%253C%252Fb%253E,0,0', shown: '%3Cb%3Ebold%3C%2Fb%3E' },
  { hash: 'p=<svg/onload=window.__pwned=1>,alice,0,0', shown: '<svg/onload=window.__pwned=1>' },
  { hash: DEFAULT_LINK.replace('m=1', 'm=<b>1</b>'), shown: 'm=<b>1</b>' },
  { hash: 'm=1&p=A1,alice,0,0&pairs=A1-<i>x</i>', shown: '<i>x</i>' },
];

for (const { hash, shown } of MARKUP_LINKS) {
  test(`a link holding markup is quoted as plain text: #${hash.slice(0, 40)}`, async ({ page }) => {
    await page.goto(`./#${hash}`);
    const notice = page.locator('.notice');
    await expect(notice).toBeVisible();
    expect(await notice.textContent()).toContain(shown);
    expect(await notice.locator('img, b, i, svg').count()).toBe(0);
    expect(await page.locator('img[src="x"], [onerror], [onload]').count()).toBe(0);
    // The example scene is shown instead, and nothing from the link ran.
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
}

test('a name with quotes, ampersands or markup is refused and quoted as typed', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  const typed = `Tom & "Jerry" <b>x</b>`;
  await page.getByRole('textbox', { name: "New person's name" }).fill(typed);
  await page.getByRole('button', { name: 'Add person' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'will not do as a name' });
  await expect(refusal).toBeVisible();
  expect(await refusal.textContent()).toContain(typed);
  expect(await refusal.locator('b').count()).toBe(0);

  const rename = page.getByRole('textbox', { name: 'Name of alice' });
  // The name field holds at most 24 characters.
  const renamed = `<i>Al & "Bo"</i>`;
  await rename.fill(renamed);
  await rename.press('Enter');
  const renameRefusal = page.locator('.person-problem');
  await expect(renameRefusal).toBeVisible();
  expect(await renameRefusal.textContent()).toContain(renamed);
  expect(await renameRefusal.locator('i').count()).toBe(0);
  await expect(page.getByTestId('point-A1')).toHaveAttribute('aria-label', /alice/);
});
