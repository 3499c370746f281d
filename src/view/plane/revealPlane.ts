/**
 * Brings the figure (its tools and the plane) into view, for the lab's controls that hand the
 * next step to a click on the plane (placing a new person, picking pairs). In the lab's one column
 * the page scrolls just enough; beside the panel it is in view already. The article's figure never
 * needs it: it stands beside the text, or over it on a phone.
 */
export function revealPlane(): void {
  document.getElementById('figure')?.scrollIntoView({ block: 'nearest' });
}
