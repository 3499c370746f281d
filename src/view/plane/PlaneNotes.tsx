import type { Evaluation } from '../../scene/evaluation';
import { circleInView, viewExtentFor } from './marks/circleExtent';
import { CoincidenceNote } from './marks/CoincidenceNote';
import { contains, type Viewport } from './geometry/viewport';

interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * What the view leaves out, each with the way to show it: points outside it, the margin circle of
 * the point in hand when the view's edge cuts it into arcs, and dissimilar points on one spot.
 * Under the plot, not over it, so a note never covers a point; the plot's size does not depend on
 * them, so one appearing mid-drag never moves the plane.
 */
export function PlaneNotes({
  evaluation,
  viewport,
  circled,
  coincident,
  refit,
  gliding,
}: {
  evaluation: Evaluation;
  viewport: Viewport;
  /** Points on their way to a step's places, in a view made for where they arrive. */
  gliding: boolean;
  /** The point in hand, when its margin circle is drawn; else null. */
  circled: number | null;
  coincident: readonly number[];
  refit: (extra?: readonly Position[]) => void;
}) {
  const { points } = evaluation.scene;
  const { margin } = evaluation.scene;
  const outside = gliding ? [] : points.filter((p) => !contains(viewport, p)).map((p) => p.label);
  const centre = circled === null ? undefined : points[circled];
  const clipped = centre && !circleInView(viewport, centre, margin) ? centre : undefined;
  if (outside.length === 0 && !clipped && coincident.length === 0) return null;
  return (
    <div className="plane-notes">
      {outside.length > 0 && (
        <p className="plane-note">
          {outside.length === 1 ? `${outside[0]} is` : `${outside.length} points are`} outside the
          view.{' '}
          <button type="button" onClick={() => refit()}>
            Fit view
          </button>
        </p>
      )}
      {outside.length === 0 && clipped && (
        <p className="plane-note" data-testid="circle-clipped">
          {clipped.label}’s margin circle runs past the edge.{' '}
          <button type="button" onClick={() => refit(viewExtentFor(points, margin, circled))}>
            Show it whole
          </button>
        </p>
      )}
      <CoincidenceNote evaluation={evaluation} pairs={coincident} />
    </div>
  );
}
