/**
 * What the Firefox smoke tests share: one Firefox and one server of the built site for the run, a
 * fresh tab (its own profile) per test that records console and page errors, and readers that see
 * the page as a person does. Firefox is driven over WebDriver BiDi, where Puppeteer's `aria/`
 * selectors find nothing, so controls are found by their visible text instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { serveStatic } from '../e2e/staticServer';
import { contrastive, triplet } from '../src/testing/referenceLosses';
import { findFirefox } from './firefox';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

export interface Tab {
  readonly page: Page;
  /** Console errors and uncaught errors, in the order they came. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface Firefox {
  /** A new tab in a fresh profile (no autosaved scene), opened at the site's root plus `hash`. */
  open(hash?: string): Promise<Tab>;
  close(): Promise<void>;
}

export async function startFirefox(): Promise<Firefox> {
  const executablePath = findFirefox();
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`No built site in ${DIST}: run \`npm run build\` first.`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const server = await serveStatic(DIST, '/');
  return {
    async open(hash = '') {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) =>
        errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`),
      );
      await page.goto(server.url + hash);
      return { page, errors, close: () => context.close() };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Reads the page again and again until what it shows passes `ok`, as a person watches the screen
 * settle; gives up after `timeout` ms, saying what it waited for and what it last saw.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Waited ${timeout} ms for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((retry) => setTimeout(retry, 50));
  }
}

export interface Point {
  x: number;
  y: number;
}

export interface Scene {
  /** The total at full precision (`data-value`) and as shown, to 4 decimals. */
  total: number;
  totalShown: string;
  /** The margin slider's value and the margin as written beside it ("m = 1.00"). */
  margin: number;
  marginShown: string;
  points: Record<string, Point>;
  pairs: { a: string; b: string; similar: boolean }[];
  /** The text of every notice (role="alert") on screen; empty when there is none. */
  alerts: string;
}

/**
 * Everything the tests check, read in one go after the page's next animation frame: the frame
 * loop draws an edit there, so the hooks then show what the page holds.
 */
export function readScene(page: Page): Promise<Scene> {
  return page.evaluate(async () => {
    await new Promise((drawn) => requestAnimationFrame(drawn));
    const total = document.querySelector('[data-testid="total-loss"]');
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]#margin-slider');
    const points = [...document.querySelectorAll('[data-testid^="point-"]')].map(
      (mark): [string, { x: number; y: number }] => [
        mark.getAttribute('data-testid')!.slice('point-'.length),
        { x: Number(mark.getAttribute('data-x')), y: Number(mark.getAttribute('data-y')) },
      ],
    );
    return {
      total: Number(total?.getAttribute('data-value')),
      totalShown: total?.textContent.trim() ?? '',
      margin: Number(slider?.value),
      marginShown: document.querySelector('[data-testid="margin-value"]')?.textContent ?? '',
      points: Object.fromEntries(points),
      // The plane's lines, which the article and the lab both draw, in the order of their names.
      pairs: [...document.querySelectorAll('[data-testid="pair-line"]')]
        .map((line) => {
          const [a = '', b = ''] = (line.getAttribute('data-pair') ?? '').split(',');
          return { a, b, similar: line.classList.contains('similar') };
        })
        .sort((p, q) => `${p.a},${p.b}`.localeCompare(`${q.a},${q.b}`)),
      alerts: [...document.querySelectorAll('[role="alert"]')]
        .filter((alert) => alert.checkVisibility())
        .map((alert) => alert.textContent.trim())
        .join(' ')
        .trim(),
    };
  });
}

/** Whether an element is on screen: present, displayed and not hidden. */
export async function isShown(element: ElementHandle | null | undefined): Promise<boolean> {
  return element ? element.evaluate((e) => e.checkVisibility()) : false;
}

/** The first element matching `selector` whose text is exactly `text`, if there is one. */
export async function withText(page: Page, selector: string, text: string) {
  for (const element of await page.$$(selector))
    if ((await element.evaluate((e) => e.textContent.trim())) === text) return element;
  return undefined;
}

/** The control a visible label names, as a person finds it: "Margin" gives the margin slider. */
export async function labelled(page: Page, name: string): Promise<ElementHandle> {
  const label = await withText(page, 'label', name);
  const control = await label?.evaluateHandle((l) => (l as HTMLLabelElement).control);
  const element = control?.asElement();
  if (!element) throw new Error(`No control labelled "${name}"`);
  return element as ElementHandle;
}

/** The contrastive loss of the pairs in the table, by the textbook formula. */
export function contrastiveTotal({ points, pairs, margin }: Scene): number {
  const labels = Object.keys(points);
  const listed = pairs.map(({ a, b, similar }) => ({
    i: labels.indexOf(a),
    j: labels.indexOf(b),
    similar,
  }));
  return contrastive(Object.values(points), listed, margin).total;
}

/**
 * The triplet loss by the textbook formula, for the default scene whose labels start with their
 * identity's letter.
 */
export function tripletTotal({ points, margin }: Scene): number {
  const people = Object.entries(points).map(([label, point]) => ({
    identity: label[0]!,
    ...point,
  }));
  return triplet(people, margin).total;
}
