/**
 * Brings the figure (its tools and the plane) into view, for controls further down that hand the
 * next step to a click on the plane. Beside the article the figure column scrolls on its own, so it
 * goes back to its top; in one column the page scrolls just enough.
 */
export function revealPlane(): void {
  const figure = document.getElementById('figure');
  if (!figure) return;
  const column = figure.closest<HTMLElement>('.figure-column');
  if (column && getComputedStyle(column).position === 'sticky') column.scrollTo({ top: 0 });
  else figure.scrollIntoView({ block: 'nearest' });
}
