/**
 * The Share tab's embed code, as a teacher pastes it into a course page: a frame of the scene as it
 * is, and the few lines of script that fit the frame to the figure; and, where the browser refuses
 * the clipboard, the code selected in its box.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { courseStub, documentOf } from './coursePage';
import { DEFAULT_LINK, expect, test } from './fixtures';
import { nudgeA1, openShare, panel } from './shareTab';

test.describe('the Share tab’s embed code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a frame of the scene as it is now, which shows that scene alone', async ({
    page,
  }) => {
    await openShare(page, `#${DEFAULT_LINK}&hide=toolbar`);
    await nudgeA1(page);
    await panel(page).getByRole('button', { name: 'Copy embed code' }).click();
    await expect(panel(page).getByText('Embed code copied')).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    await expect(panel(page).getByRole('textbox', { name: 'Embed code' })).toHaveValue(code);
    expect(code).toMatch(/^<iframe src="[^"]+" title="Contrastive loss, interactive figure"/);
    expect(code).toMatch(/<\/iframe>\n<script>\n[^]*\n<\/script>$/);
    const src = await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content.querySelector('iframe')!.getAttribute('src')!;
    }, code);
    expect(src).toContain('p=A1,alice,0.9,0.2');
    expect(src).toMatch(/&hide=toolbar&embed=1$/);

    // The code, pasted into a page as it is.
    await courseStub(page, code);
    const figure = page.frameLocator('iframe');
    await expect(figure.getByTestId('point-A1')).toHaveAttribute('data-x', '0.9');
    await expect(figure.locator('article.story')).toHaveCount(0);
    await expect(figure.getByRole('button', { name: 'Undo' })).toBeHidden();
    await expect(figure.getByRole('tab', { name: 'Losses' })).toBeVisible();
  });

  test('pasted as it is into a page of its own, it shows the figure whole, with no scroll inside', async ({
    page,
  }, testInfo) => {
    await openShare(page, `#${DEFAULT_LINK}`);
    await panel(page).getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // A course page saved as a file: another origin than the figure's, no script of its own.
    const course = async (html: string) => {
      const file = testInfo.outputPath('week3.html');
      await writeFile(
        file,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Week 3</title></head><body style="margin:0"><h1>Week 3</h1>${html}<p>Before next week: find a place for B1.</p></body></html>`,
      );
      await page.goto(pathToFileURL(file).href);
    };
    await course(code);
    const frame = page.locator('iframe');
    const figure = page.frameLocator('iframe');
    await expect(figure.getByTestId('total-loss')).toHaveText('0.0330');
    // The code's own script, and nothing else on the page, grows the frame to the figure.
    await expect
      .poll(async () => {
        const { scroll, client } = await (
          await documentOf(frame)
        ).evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
        }));
        return scroll - client;
      })
      .toBeLessThanOrEqual(1);
    const box = (await frame.boundingBox())!;
    expect(box.height).toBeGreaterThan(960);
    for (const part of [
      figure.getByTestId('total-loss'),
      figure.getByRole('link', { name: 'Open the full page' }),
    ]) {
      const inside = (await part.boundingBox())!;
      expect(inside.y).toBeGreaterThanOrEqual(box.y);
      expect(inside.y + inside.height).toBeLessThanOrEqual(box.y + box.height);
      expect(inside.x + inside.width).toBeLessThanOrEqual(box.x + box.width);
    }

    // A page that strips scripts keeps the frame's starting height, which still shows the plane.
    await course(code.replace(/<script>[\s\S]*<\/script>/, ''));
    await expect(figure.locator('svg.plane-marks')).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Play' })).toBeVisible();
    expect((await frame.boundingBox())!.height).toBe(960);
  });
});

test('when the browser refuses to copy, the embed code is selected in its box', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
  });
  await openShare(page);
  await panel(page).getByRole('button', { name: 'Copy embed code' }).click();
  const box = panel(page).getByRole('textbox', { name: 'Embed code' });
  await expect(
    panel(page).getByText(/The embed code is selected in the box: press Ctrl\+C/),
  ).toBeVisible();
  await expect(box).toBeFocused();
  const selected = await box.evaluate((field: HTMLTextAreaElement) =>
    field.value.slice(field.selectionStart, field.selectionEnd),
  );
  expect(selected).toBe(await box.inputValue());
  expect(selected).toContain('&amp;embed=1"');
});
