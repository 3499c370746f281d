/**
 * The page fixture every browser test uses: it records uncaught errors and console errors and
 * fails the test if there were any, so "no console errors" is checked throughout.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { pairTerm } from '../src/testing/referenceLosses';

export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * axe-core on the page, collecting nodes for violations only: the tests read nothing else, and
 * axe then skips building a selector for every passing node of the long article (a third of a
 * run). Violations come out the same.
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page }).options({ resultTypes: ['violations'] });

export const DEFAULT_LINK =
  'm=1&p=A1,alice,0.8,0.2&p=A2,alice,0.75,0.25&p=B1,bob,0.1,0.9&p=B2,bob,0.15,0.85&pairs=A1-A2,A1-B1,A2-B2,B1-B2';

export interface Row {
  pair: string;
  y: number;
  d: number;
  loss: number;
  shownD: string;
  shownLoss: string;
}

/** The table as the page shows it: attributes at full precision and the visible cells. */
export async function readRows(page: Page): Promise<Row[]> {
  await nextFrame(page);
  return page.getByTestId('pair-row').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = row.querySelectorAll('td');
      return {
        pair: row.getAttribute('data-pair') ?? '',
        y: Number(row.getAttribute('data-y')),
        d: Number(row.getAttribute('data-d')),
        loss: Number(row.getAttribute('data-loss')),
        shownD: cells[1]?.textContent.trim() ?? '',
        shownLoss: cells[2]?.textContent.trim() ?? '',
      };
    }),
  );
}

export async function readPoint(point: Locator): Promise<{ x: number; y: number }> {
  await nextFrame(point.page());
  return {
    x: Number(await point.getAttribute('data-x')),
    y: Number(await point.getAttribute('data-y')),
  };
}

/** Centre of an element on screen, in CSS pixels. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** One pair's distance and loss by the textbook formula, independent of the app's engine. */
export function expectedLoss(
  a: { x: number; y: number },
  b: { x: number; y: number },
  similar: boolean,
  margin: number,
): { d: number; loss: number } {
  const { distance, loss } = pairTerm(a, b, similar, margin);
  return { d: distance, loss };
}

/** Screen ↔ plane, measured from two points the page draws (both axes share one scale). */
export async function calibrate(page: Page, first = 'A1', second = 'B1') {
  const a = page.getByTestId(`point-${first}`);
  const b = page.getByTestId(`point-${second}`);
  const [pa, pb, sa, sb] = [
    await readPoint(a),
    await readPoint(b),
    await centreOf(a),
    await centreOf(b),
  ];
  const pixelsPerUnit = (sa.x - sb.x) / (pa.x - pb.x);
  return {
    pixelsPerUnit,
    toScreen: (p: { x: number; y: number }) => ({
      x: sa.x + (p.x - pa.x) * pixelsPerUnit,
      y: sa.y - (p.y - pa.y) * pixelsPerUnit,
    }),
    toPlane: (s: { x: number; y: number }) => ({
      x: pa.x + (s.x - sa.x) / pixelsPerUnit,
      y: pa.y - (s.y - sa.y) / pixelsPerUnit,
    }),
  };
}

/**
 * Waits for the page's next animation frame: the frame loop draws an edit there, so after it the
 * points and hooks show what the store already holds (a count, say, renders at once). The readers
 * below wait for it first, so they read what the page has drawn, not a frame behind a control.
 */
export async function nextFrame(page: Page) {
  await framesPass(page, 1);
}

/**
 * Waits for `count` of the page's animation frames: the clock training and drawing run on, so
 * "nothing changed over 12 frames" means the same on a fast machine and a busy one.
 */
export async function framesPass(page: Page, count: number) {
  await page.evaluate(
    (count) =>
      new Promise((done) => {
        let left = count;
        const tick = () => (--left <= 0 ? done(null) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Every point's coordinates and gradient, by label, as the page's hooks give them. */
export async function readScene(page: Page) {
  await nextFrame(page);
  return page.locator('[data-testid^="point-"]').evaluateAll((marks) =>
    Object.fromEntries(
      marks.map((mark) => {
        const label = mark.getAttribute('data-testid')!.slice('point-'.length);
        const grad = document.querySelector(`[data-testid="grad-${label}"]`);
        return [
          label,
          {
            x: Number(mark.getAttribute('data-x')),
            y: Number(mark.getAttribute('data-y')),
            gx: Number(grad?.getAttribute('data-gx')),
            gy: Number(grad?.getAttribute('data-gy')),
          },
        ];
      }),
    ),
  );
}

export const totalOf = async (page: Page) => {
  await nextFrame(page);
  return Number(await page.getByTestId('total-loss').getAttribute('data-value'));
};

/** The screen point halfway between two points on the plane: on their pair's line when it is straight. */
export async function midpoint(page: Page, first: string, second: string) {
  const a = await centreOf(page.getByTestId(`point-${first}`));
  const b = await centreOf(page.getByTestId(`point-${second}`));
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Clicks the pair line of two points and waits for the plane to show it selected. */
export async function selectLine(page: Page, first: string, second: string) {
  const { x, y } = await midpoint(page, first, second);
  await page.mouse.click(x, y);
  await expect(
    page.locator(`[data-testid="pair-line"][data-pair="${first},${second}"]`),
  ).toHaveAttribute('data-selected', 'true');
}

/** Drags a point to a place on the plane with the mouse, as a student does; returns where it is. */
export async function dragTo(page: Page, label: string, to: { x: number; y: number }) {
  const { toScreen } = await calibrate(page);
  const from = await centreOf(page.getByTestId(`point-${label}`));
  const target = toScreen(to);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 8 });
  await page.mouse.up();
  return readPoint(page.getByTestId(`point-${label}`));
}
