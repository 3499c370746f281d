import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import * as z from 'zod';
import { expect, readScene, test } from './fixtures';
import { labels, nudgeA1, openShare, panel } from './shareTab';

const saved = async (download: Download) => readFile(await download.path());
const downloadOf = async (page: Page, button: string) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: button }).click(),
  ]);
  return download;
};

/** The fields of the exported scene file this test reads back. */
const SceneFile = z.object({
  version: z.number(),
  margin: z.number(),
  pairs: z.unknown(),
  points: z.array(z.object({ label: z.string(), x: z.number(), y: z.number() })),
});

const LESSON = {
  version: 1,
  margin: 0.5,
  points: [
    { label: 'C1', identity: 'carol', x: 0, y: 0 },
    { label: 'C2', identity: 'carol', x: 0.3, y: 0.1 },
    { label: 'D1', identity: 'dan', x: 0.6, y: 0.4 },
  ],
  pairs: 'all',
};

test('scene JSON and points CSV downloads read back as the scene shown', async ({ page }) => {
  await openShare(page);
  await nudgeA1(page);
  const shown = await readScene(page);

  const json = await downloadOf(page, 'Export scene JSON');
  expect(json.suggestedFilename()).toBe('contrastive-scene.json');
  const scene = SceneFile.parse(JSON.parse(String(await saved(json))));
  expect(scene.version).toBe(1);
  expect(scene.margin).toBe(1);
  expect(scene.pairs).toEqual([
    ['A1', 'A2'],
    ['A1', 'B1'],
    ['A2', 'B2'],
    ['B1', 'B2'],
  ]);
  for (const point of scene.points) {
    expect([point.x, point.y]).toEqual([shown[point.label]!.x, shown[point.label]!.y]);
  }
  expect(scene.points.map((p) => p.label)).toEqual(Object.keys(shown));

  const csv = await downloadOf(page, 'Export points CSV');
  expect(csv.suggestedFilename()).toBe('contrastive-points.csv');
  const [header, ...rows] = String(await saved(csv))
    .trim()
    .split('\n');
  expect(header).toBe('label,identity,x,y');
  expect(rows).toEqual(
    Object.entries(shown).map(
      ([label, p]) => `${label},${label.startsWith('A') ? 'alice' : 'bob'},${p.x},${p.y}`,
    ),
  );
});

test('SVG and PNG pictures hold every point, the legend and the credit', async ({ page }) => {
  await openShare(page);
  const svg = await downloadOf(page, 'Export SVG');
  expect(svg.suggestedFilename()).toBe('contrastive-figure.svg');
  const text = String(await saved(svg));
  expect(text.startsWith('<svg')).toBe(true);
  for (const label of ['A1', 'A2', 'B1', 'B2']) {
    expect(text).toContain(`data-testid="point-${label}"`);
    expect(text).toMatch(new RegExp(`>${label}</text>`));
  }
  expect(text).toMatch(/>alice<\/text>/);
  expect(text).toMatch(/>bob<\/text>/);
  expect(text).toContain('Total loss L = 0.0330');
  // The page's CSS is not in the file, so the marks carry their own look.
  expect(text).toMatch(/stroke-dasharray:\s*9(px)?,? 7/);
  // The credit CC BY 4.0 asks for, with the page's address and not the scene's hash, at the foot
  // in small type (on lines of its own where the picture is narrow).
  const address = await page.evaluate(() => location.origin + location.pathname);
  const credit = [
    ...text.matchAll(/<text x="14" y="([\d.]+)" font-size="11"[^>]*>([^<]*)<\/text>/g),
  ];
  expect(credit.map((match) => match[2]).join(' · ')).toBe(
    `Contrastive loss, hands on · CC BY 4.0 · ${address}`,
  );
  const creditYs = credit.map((match) => Number(match[1]));
  const legendYs = [...text.matchAll(/<text x="14" y="([\d.]+)">/g)].map((match) =>
    Number(match[1]),
  );
  expect(Math.min(...creditYs)).toBeGreaterThan(Math.max(...legendYs));
  const stack = (await page.locator('.plane-stack').boundingBox())!;
  const svgHeight = Number(/^<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
  expect(Math.round(stack.height) + Math.max(...creditYs)).toBeLessThan(svgHeight);

  const png = await saved(await downloadOf(page, 'Export PNG'));
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(width).toBe(2 * Math.round(stack.width));
  // The PNG is the SVG drawn at twice its size: tall enough for the legend and the credit.
  expect(height).toBe(2 * svgHeight);
});

test('a scene file from the file picker replaces the scene, and Undo brings the old one back', async ({
  page,
}) => {
  await openShare(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    panel(page).getByRole('button', { name: 'Import file' }).click(),
  ]);
  await chooser.setFiles({
    name: 'lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(LESSON)),
  });
  await expect.poll(() => labels(page)).toEqual(['C1', 'C2', 'D1']);
  await expect(panel(page).getByRole('status').last()).toContainText(
    'Opened “lesson.json”: 3 points',
  );
  expect((await readScene(page)).C2).toMatchObject({ x: 0.3, y: 0.1 });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => labels(page)).toEqual(['A1', 'A2', 'B1', 'B2']);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
});

for (const [name, body, problem] of [
  [
    'bad.json',
    JSON.stringify({
      ...LESSON,
      points: [{ ...LESSON.points[0], x: 'abc' }, ...LESSON.points.slice(1)],
    }),
    'Point 1 (C1) in "points": x must be a finite number, not the text "abc"',
  ],
  [
    'crowd.csv',
    [
      'label,identity,x,y',
      ...Array.from({ length: 2001 }, (_, i) => `P${i},id${i % 9},${i},0`),
    ].join('\n'),
    'There are 2001 points; the limit is 2000',
  ],
] as const) {
  test(`a bad file (${name}) is refused with its problem named, and nothing changes`, async ({
    page,
  }) => {
    await openShare(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      panel(page).getByRole('button', { name: 'Import file' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
    const alert = panel(page).getByRole('alert');
    await expect(alert).toContainText(`“${name}” was not opened; the scene is unchanged`);
    await expect(alert).toContainText(problem);
    // The page's own notice says it too, for whoever is looking at the article.
    await expect(page.getByRole('alert').filter({ hasText: 'Dismiss' })).toContainText(problem);
    expect(await labels(page)).toEqual(['A1', 'A2', 'B1', 'B2']);
    await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });
}

test('a file dropped anywhere on the page opens, with a hint while it is dragged', async ({
  page,
}) => {
  await page.goto('./#lab=1');
  const files = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(LESSON));
  const title = page.getByRole('heading', { name: /Contrastive loss, hands on/ });
  await title.dispatchEvent('dragenter', { dataTransfer: files });
  await expect(page.getByText('Drop a scene file (JSON or CSV) to open it')).toBeVisible();
  await title.dispatchEvent('dragover', { dataTransfer: files });
  await title.dispatchEvent('drop', { dataTransfer: files });
  await expect(page.getByText('Drop a scene file (JSON or CSV) to open it')).toBeHidden();
  await expect.poll(() => labels(page)).toEqual(['C1', 'C2', 'D1']);
  await expect(page.getByText('Opened “dropped.json”: 3 points')).toBeVisible();
});

test('text pasted into the box imports; a bad paste is named and changes nothing', async ({
  page,
}) => {
  await openShare(page);
  const box = panel(page).getByRole('textbox', { name: 'Paste a scene' });
  await box.fill('label,identity,x,y\nZ1,zoe,0,0\nZ2,zoe,0.5,0.5\nZ2,zed,1,1');
  await panel(page).getByRole('button', { name: 'Import pasted text' }).click();
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('The pasted text was not opened; the scene is unchanged');
  await expect(alert).toContainText('Z2');
  expect(await labels(page)).toEqual(['A1', 'A2', 'B1', 'B2']);

  await box.fill('m=0.7&p=Z1,zoe,0,0&p=Z2,zed,0.5,0.5');
  await panel(page).getByRole('button', { name: 'Import pasted text' }).click();
  await expect.poll(() => labels(page)).toEqual(['Z1', 'Z2']);
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('0.7');
  await expect(box).toHaveValue('');
});

test('Reset to the example brings back Alice and Bob, and Undo the scene before', async ({
  page,
}) => {
  await page.goto('./#m=2&p=E1,eve,0,0&p=F1,fay,1,1');
  await page.getByRole('tab', { name: 'Scene' }).click();
  await page.getByRole('button', { name: 'Reset to the example' }).click();
  await expect.poll(() => labels(page)).toEqual(['A1', 'A2', 'B1', 'B2']);
  await expect(page.getByTestId('total-loss')).toHaveText('0.0330');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => labels(page)).toEqual(['E1', 'F1']);
  await expect(page.getByRole('slider', { name: 'Margin' })).toHaveValue('2');
});
