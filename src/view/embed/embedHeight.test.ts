import { describe, expect, it } from 'vitest';
import { connectEmbedHeight, HEIGHT_MESSAGE, type FramedWindow } from './embedHeight';

/** A window whose document is `height` px tall, with a parent that records what it is sent. */
function fakeWindow(framed: boolean) {
  const sent: { message: unknown; origin: string }[] = [];
  const observers: { callback: () => void; watching: unknown[]; connected: boolean }[] = [];
  const size = { height: 812.4 };
  const root = { getBoundingClientRect: () => ({ height: size.height }) };
  const recorder = {
    postMessage: (message: unknown, origin: string) => sent.push({ message, origin }),
  };
  const win: FramedWindow = {
    postMessage: () => {
      throw new Error('a page does not message itself');
    },
    // A page outside any frame is its own parent.
    get parent(): FramedWindow['parent'] {
      return framed ? recorder : win;
    },
    document: { documentElement: root },
    ResizeObserver: class {
      readonly record;
      constructor(callback: () => void) {
        this.record = { callback, watching: [] as unknown[], connected: true };
        observers.push(this.record);
      }
      observe(target: unknown) {
        this.record.watching.push(target);
        // As a browser does: the first report comes for every element observed.
        this.record.callback();
      }
      disconnect() {
        this.record.connected = false;
      }
    },
  };
  /** The document takes a new height, and the browser reports it. */
  const resize = (height: number) => {
    size.height = height;
    for (const observer of observers) if (observer.connected) observer.callback();
  };
  return { win, root, sent, observers, resize };
}

describe('the height a frame reports to its parent', () => {
  it('is sent at once, a whole number of pixels rounded up, to any origin', () => {
    const { win, sent, root, observers } = fakeWindow(true);
    connectEmbedHeight(win);
    expect(observers[0]!.watching).toEqual([root]);
    expect(sent).toEqual([{ message: { type: HEIGHT_MESSAGE, height: 813 }, origin: '*' }]);
  });

  it('is sent again each time it changes, and only then', () => {
    const { win, sent, resize } = fakeWindow(true);
    connectEmbedHeight(win);
    resize(900);
    resize(900.2);
    resize(901);
    resize(640);
    expect(sent.map(({ message }) => (message as { height: number }).height)).toEqual([
      813, 900, 901, 640,
    ]);
  });

  it('stops when told to', () => {
    const { win, sent, resize, observers } = fakeWindow(true);
    const stop = connectEmbedHeight(win);
    stop();
    resize(1200);
    expect(observers[0]!.connected).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('is not sent by a page that is not in a frame, nor watched for', () => {
    const { win, sent, observers, resize } = fakeWindow(false);
    const stop = connectEmbedHeight(win);
    resize(1000);
    stop();
    expect(observers).toEqual([]);
    expect(sent).toEqual([]);
  });
});
