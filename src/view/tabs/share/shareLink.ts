/**
 * The link to share: the page's address with the scene written fresh from the store. The address
 * bar itself lags behind an edit by up to a second (scene/hashSync.ts throttles it), so it is not
 * read for the scene; its other keys (present=1, hide=…) are kept as they are.
 */
import { sceneKeys, sceneToHash } from '../../../scene/codec/link';
import type { Scene } from '../../../scene/model';

/** The parts of `location` the link is built from. */
export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

const keyOf = (part: string): string => {
  const key = part.split('=')[0]!.replaceAll('+', ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
};

/** The address of the page showing `scene`, with every non-scene key of the hash kept verbatim. */
export function shareLink(scene: Scene, address: PageAddress): string {
  const keys = sceneKeys();
  const others = address.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !keys.has(keyOf(part)));
  const hash = [sceneToHash(scene), ...others].join('&');
  return `${address.origin}${address.pathname}${address.search}#${hash}`;
}
