import { afterEach, beforeEach } from 'vitest';

/**
 * jsdom lays nothing out and has no scrollIntoView: this gives it one that records where the page
 * was sent, for the test file that calls it, and takes it away after each test.
 */
export function recordScrolls(): Element[] {
  const scrolledTo: Element[] = [];
  beforeEach(() => {
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolledTo.push(this);
    };
  });
  afterEach(() => {
    scrolledTo.length = 0;
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });
  return scrolledTo;
}
