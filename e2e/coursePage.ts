/** What the embedding specs share: a course page of their own, and the document in a frame. */
import type { Frame, Locator, Page } from '@playwright/test';

/** A page of the test's own on the site's origin, so it can frame the page as a course page would. */
export async function courseStub(page: Page, body: string) {
  await page.route('**/course.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>A course</title><link rel="icon" href="./favicon.svg"><script src="./embed-example.js"></script></head><body style="margin:0">${body}</body></html>`,
    }),
  );
  await page.goto('./course.html');
}

/** The frame's document, to measure from inside. */
export async function documentOf(frame: Locator): Promise<Frame> {
  const inside = await (await frame.elementHandle()).contentFrame();
  if (!inside) throw new Error('the frame has no document');
  return inside;
}
