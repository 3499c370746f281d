import type { Evaluation } from '../../../scene/evaluation';

/**
 * Says so when a dissimilar pair sits on one spot: its push has size 2m but no direction, and the
 * engine's convention (first point towards +x, second towards −x) decides it.
 */
export function CoincidenceNote({
  evaluation,
  pairs,
}: {
  evaluation: Evaluation;
  pairs: readonly number[];
}) {
  if (pairs.length === 0) return null;
  const { scene } = evaluation;
  const names = pairs.slice(0, 3).map((p) => {
    const a = scene.points[evaluation.pairs.first[p]!]!.label;
    const b = scene.points[evaluation.pairs.second[p]!]!.label;
    return { a, b };
  });
  const first = names[0]!;
  return (
    <div className="coincidence" role="status" data-testid="coincident-warning">
      <strong>
        {names.map(({ a, b }) => `${a} and ${b}`).join(', ')}
        {pairs.length > names.length ? ` and ${pairs.length - names.length} more pairs` : ''} sit on
        exactly the same spot.
      </strong>{' '}
      Different identities at distance 0 get the strongest push, 2m, but “apart” has no direction
      there. By convention the page pushes {first.a} to the right (+x) and {first.b} to the left.
    </div>
  );
}
