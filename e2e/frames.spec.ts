/**
 * The frame loop shows some numbers late on purpose: past 200 points the table and charts follow
 * ten times a second during a drag, the gradient hooks of points a move does not touch at its
 * end, and a large scene's triplet and InfoNCE numbers when the worker has them. Once the hand
 * lets go, every hook must equal a full evaluation of the scene the link holds, at every size and
 * under every loss.
 */
import type { Page } from '@playwright/test';
import { defaultScene } from '../src/scene/defaultScene';
import { createEvaluator } from '../src/scene/evaluation';
import { generateScene } from '../src/scene/generate';
import { readSceneHash, sceneToHash } from '../src/scene/codec/link';
import type { Scene } from '../src/scene/model';
import { expect, test } from './fixtures';

type Loss = 'contrastive' | 'triplet' | 'infonce';

function sceneOf(points: number, loss: Loss): Scene {
  if (points === 4) return { ...defaultScene, loss };
  const generated = generateScene({ identities: points / 5, photos: 5, spread: 0.15, seed: 4 });
  if (!generated.ok) throw new Error(generated.problems.join(' '));
  return { ...generated.value, loss };
}

/** Drags the point nearest the plot's centre along a short arc, the way a hand does. */
async function dragNearCentre(page: Page) {
  const plot = (await page.locator('.plane-marks').boundingBox())!;
  const centre = { x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 };
  const spots = await page.locator('[data-testid^="point-"]').evaluateAll((handles) =>
    handles.map((handle) => {
      const box = handle.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }),
  );
  const start = spots.reduce((best, spot) =>
    Math.hypot(spot.x - centre.x, spot.y - centre.y) <
    Math.hypot(best.x - centre.x, best.y - centre.y)
      ? spot
      : best,
  );
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let k = 1; k <= 20; k++)
    await page.mouse.move(start.x + 2 * k, start.y - 1.5 * k + 10 * Math.sin(k / 3));
  await page.mouse.up();
}

/** Every gradient hook's numbers, by label, and the total, as the page shows them. */
function readHooks(page: Page) {
  return page.evaluate(() => {
    const grads: Record<string, [number, number]> = {};
    for (const hook of document.querySelectorAll<HTMLElement | SVGElement>(
      '[data-testid^="grad-"]',
    ))
      grads[hook.dataset.testid!.slice('grad-'.length)] = [
        Number(hook.dataset.gx),
        Number(hook.dataset.gy),
      ];
    const total = document.querySelector<HTMLElement>('[data-testid="total-loss"]')!;
    return { grads, total: Number(total.dataset.value), pending: total.dataset.pending };
  });
}

const CASES: readonly [number, Loss][] = [
  [4, 'contrastive'],
  [200, 'contrastive'],
  [1000, 'contrastive'],
  [200, 'triplet'],
  [1000, 'triplet'],
  [1000, 'infonce'],
];

for (const [points, loss] of CASES) {
  test(`after a drag of ${points} points under ${loss}, every hook equals a full evaluation`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`./#${sceneToHash(sceneOf(points, loss))}`);
    await expect(page.getByTestId('total-loss')).toBeVisible();
    const before = (await readHooks(page)).total;
    await dragNearCentre(page);

    // The link is written as the hand lets go; the page's numbers land when the frame (and, for
    // a large triplet or InfoNCE scene, the worker) has them.
    const reading = readSceneHash(await page.evaluate(() => location.hash));
    if (reading.kind !== 'scene' || !reading.ok) throw new Error('the link holds no scene');
    const reference = createEvaluator()(reading.value);
    expect(reference.total).not.toBe(before);
    await expect
      .poll(async () => {
        const shown = await readHooks(page);
        return (
          shown.pending !== 'true' &&
          Math.abs(shown.total - reference.total) <= 1e-12 * Math.max(1, reference.total)
        );
      })
      .toBe(true);

    const { grads } = await readHooks(page);
    const labels = reading.value.points.map((point) => point.label);
    expect(Object.keys(grads).sort()).toEqual([...labels].sort());
    // The page updates a drag incrementally, and sums in another order than a fresh evaluation:
    // the two agree to the last few bits, as the engine promises (1e-12 of the size, at most).
    const agree = (shown: number, exact: number) =>
      Math.abs(shown - exact) <= 1e-12 * Math.max(1, Math.abs(exact));
    labels.forEach((label, i) => {
      const [gx, gy] = grads[label]!;
      expect(agree(gx, reference.gradX[i]!), `∂L/∂x of ${label}: ${gx}`).toBe(true);
      expect(agree(gy, reference.gradY[i]!), `∂L/∂y of ${label}: ${gy}`).toBe(true);
    });
    // The moved point's own hook says where it is now.
    const moved = reading.value.points.find(
      (point, i) => point.x !== sceneOf(points, loss).points[i]!.x,
    )!;
    await expect(page.getByTestId(`point-${moved.label}`)).toHaveAttribute(
      'data-x',
      String(moved.x),
    );
  });
}
