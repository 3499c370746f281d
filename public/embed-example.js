/*
 * The course page's side of embedding the figure (README, "Embedding in a course page"): each
 * frame of it reports how tall its content is, and this sets that frame to the height, so the
 * figure never scrolls inside a box. It listens only to the figure's own site, and sizes only the
 * frame a message came from.
 */

/** Where the figure is served from: beside this page here; elsewhere, its site's origin. */
const FIGURE_ORIGIN = window.location.origin;

window.addEventListener('message', (event) => {
  if (event.origin !== FIGURE_ORIGIN) return;
  const { type, height } = event.data ?? {};
  if (type !== 'contrastive-loss:height' || !Number.isInteger(height) || height <= 0) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
