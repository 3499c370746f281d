import './revealPlane.css';

/** Where a reader sent to the plane came from: the control they used, and what it is part of. */
export interface WayBack {
  /** Scrolled back into view and focused on the way back. */
  readonly control: HTMLElement;
  /** Ends the button's name, "Back to …": "Exercise 1", "the text". */
  readonly name: string;
}

/**
 * Brings the figure (its tools and the plane) into view, for controls further down that hand the
 * next step to a click on the plane. Beside the article the figure column scrolls on its own, so it
 * goes back to its top; in one column the page scrolls just enough. Given where the reader came
 * from, a page that had to jump away from it offers a button back there.
 */
export function revealPlane(from?: WayBack): void {
  const figure = document.getElementById('figure');
  if (!figure) return;
  const column = figure.closest<HTMLElement>('.figure-column');
  if (column && isBeside(column)) {
    column.scrollTo({ top: 0 });
    return;
  }
  figure.scrollIntoView({ block: 'nearest' });
  if (from) offerWayBack(from, column);
}

/** The wide layout: the figure column stays in view beside the article, and nothing jumps. */
const isBeside = (column: HTMLElement) => getComputedStyle(column).position === 'sticky';

function inView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
}

/** The way back on offer, if any: taking it down removes its button and its listeners. */
let current: { readonly close: () => void } | null = null;

/**
 * A small button fixed at the bottom of the window, "Back to Exercise 1", that scrolls the reader's
 * control back into view and focuses it. It goes once used, once the reader scrolls back there by
 * themselves, or once the window is wide enough to show the figure beside the text. It takes the
 * focus, so a keyboard can use it at once; it sits just before the figure in the page's order, so
 * the next Tab goes on into the figure.
 */
function offerWayBack({ control, name }: WayBack, column: HTMLElement | null): void {
  current?.close();
  // Still in view after the jump (a tall window): there is nothing to come back from.
  if (inView(control)) return;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'way-back';
  const arrow = document.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = '↓ ';
  button.append(arrow, `Back to ${name}`);

  // Seen out of view after the jump: its coming back into view means the reader scrolled back.
  const watch = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) close(control);
  });
  const onResize = () => {
    if (column && isBeside(column)) close(control);
  };
  /** Takes the offer down; focus on the button moves to `then`, not lost to the page. */
  function close(then: HTMLElement | null) {
    watch.disconnect();
    window.removeEventListener('resize', onResize);
    const hadFocus = document.activeElement === button;
    button.remove();
    if (hadFocus && then?.isConnected) then.focus({ preventScroll: true });
    if (current === offer) current = null;
  }
  const offer = { close: () => close(null) };
  current = offer;

  button.addEventListener('click', () => {
    close(null);
    if (!control.isConnected) return;
    control.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
  });
  // Escape declines the offer and leaves the reader on the figure.
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(document.getElementById('figure'));
  });
  window.addEventListener('resize', onResize);

  if (column?.parentElement) column.before(button);
  else document.body.append(button);
  button.focus({ preventScroll: true });
  watch.observe(control);
}
