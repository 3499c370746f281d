/**
 * The page in another page's frame (README, "Embedding in a course page"): the HTML a teacher
 * pastes into a course page to show the scene there, and the way from that frame to the whole
 * page. Both are built like the share link (shareLink.ts): the scene fresh from the store, every
 * other key of the address's hash kept as written. The HTML is the frame and a few lines of script
 * that fit the frame to the height the figure reports (embedHeight.ts), so the code pasted as it is
 * shows the figure whole, with no scroll inside the frame.
 */
import { withEmbed } from '../../../scene/codec/viewLink';
import type { Scene } from '../../../scene/model';
import { HEIGHT_MESSAGE } from '../../embed/embedHeight';
import { shareLink, type LessonPlace, type PageAddress } from './shareLink';

/** The frame's name, which a screen reader says on entering it. */
export const EMBED_TITLE = 'Contrastive loss, interactive figure';

/**
 * The frame's height until the code's script hears the height the page inside reports, and for
 * good on a course page that strips scripts: the tools, the plane, the margin slider and Play in a
 * frame 600 to 900 px wide (the panel of numbers scrolls into view under them).
 */
export const EMBED_HEIGHT = 960;

/** `text` written inside a double-quoted HTML attribute, so that it reads back as itself. */
export const htmlAttribute = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** The address of the page showing `scene` (and the lesson, if any) alone, for a frame. */
export const embedLink = (scene: Scene, address: PageAddress, place?: LessonPlace) =>
  shareLink(scene, { ...address, hash: withEmbed(address.hash, true) }, place);

/** The address of the whole page showing `scene`: the frame's own, without embed=1. */
export const fullPageLink = (scene: Scene, address: PageAddress, place?: LessonPlace) =>
  shareLink(scene, { ...address, hash: withEmbed(address.hash, false) }, place);

/**
 * The script that sets each frame of the figure to the height it reports: it believes only messages
 * from `origin`, the figure's own site, and sizes only the frame a message came from. Nothing in it
 * is declared at the top level, so the code can be pasted twice into one page.
 */
const heightScript = (origin: string) =>
  [
    '<script>',
    // Plain ASCII, for a course page that does not say its text is UTF-8.
    "  // Sizes the figure's frame to the height the figure inside it reports.",
    "  window.addEventListener('message', (event) => {",
    // A serialised origin (scheme, host, port) holds no quote to escape.
    `    if (event.origin !== '${origin}') return;`,
    '    const { type, height } = event.data ?? {};',
    `    if (type !== '${HEIGHT_MESSAGE}' || !Number.isInteger(height) || height <= 0) return;`,
    "    for (const frame of document.querySelectorAll('iframe'))",
    "      if (frame.contentWindow === event.source) frame.style.height = height + 'px';",
    '  });',
    '</script>',
  ].join('\n');

/**
 * The HTML that shows `scene` (and the lesson, if any) in another page: the `<iframe>`, then the
 * script that fits its height to the figure's.
 */
export const embedCode = (scene: Scene, address: PageAddress, place?: LessonPlace) =>
  [
    `<iframe src="${htmlAttribute(embedLink(scene, address, place))}" title="${EMBED_TITLE}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`,
    heightScript(address.origin),
  ].join('\n');
