/**
 * The page in another page's frame (README, "Embedding in a course page"): the HTML a teacher
 * pastes into a course page to show the scene there, and the way from that frame to the whole
 * page. Both are built like the share link (shareLink.ts): the scene fresh from the store, every
 * other key of the address's hash kept as written.
 */
import { withEmbed } from '../../../scene/codec/viewLink';
import type { Scene } from '../../../scene/model';
import { shareLink, type LessonPlace, type PageAddress } from './shareLink';

/** The frame's name, which a screen reader says on entering it. */
export const EMBED_TITLE = 'Contrastive loss, interactive figure';

/**
 * The frame's height until the page inside reports its own: the tools, the plane, the margin
 * slider and Play in a frame 600 to 900 px wide (the panel of numbers scrolls into view under
 * them). A parent that listens for the height message fits the frame exactly (embedHeight.ts).
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

/** The `<iframe>` that shows `scene` (and the lesson, if any) in another page. */
export const embedCode = (scene: Scene, address: PageAddress, place?: LessonPlace) =>
  `<iframe src="${htmlAttribute(embedLink(scene, address, place))}" title="${EMBED_TITLE}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
