/**
 * In another page's frame (embed=1) the page tells the page around it how tall its content is,
 * whenever that changes, so a parent that listens can size the frame to fit and the figure never
 * scrolls inside a box (README, "Embedding in a course page"). The message is
 * `{ type: 'contrastive-loss:height', height }`, the height a whole number of CSS pixels, rounded
 * up so the frame never falls a fraction short. It goes to any origin ('*'): the page cannot know
 * the course page's, and a height tells it nothing private. A parent that does not listen simply
 * gets messages nobody reads.
 */

export const HEIGHT_MESSAGE = 'contrastive-loss:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
}

/** Something with a size on screen. */
interface Measured {
  getBoundingClientRect(): { readonly height: number };
}

interface MessageTarget {
  postMessage(message: HeightMessage, targetOrigin: string): void;
}

/** The parts of `window` this needs, so tests can hand in a fake one. */
export interface FramedWindow extends MessageTarget {
  readonly parent: MessageTarget;
  readonly document: { readonly documentElement: Measured };
  readonly ResizeObserver: new (callback: () => void) => {
    observe(target: Measured): void;
    disconnect(): void;
  };
}

/**
 * Reports the document's height to the parent now and on every change of it; returns the function
 * that stops. A page that is not in a frame (its own parent) has no one to tell.
 */
export function connectEmbedHeight(win: FramedWindow): () => void {
  if (win.parent === win) return () => undefined;
  // The root's box is as tall as the content (base.css sets no height on it), however tall the
  // frame; the document's scrollHeight is never less than the frame, so a frame could not shrink.
  const root = win.document.documentElement;
  let told: number | undefined;
  const tell = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === told) return;
    told = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  // A ResizeObserver reports every element it is given once at the start, then on each change.
  const observer = new win.ResizeObserver(tell);
  observer.observe(root);
  return () => observer.disconnect();
}
