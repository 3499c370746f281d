import type { ImportOutcome } from './importing';

/** What the last import did: a quiet confirmation, or an alert with every problem found. */
export function ImportOutcomeMessage({ outcome }: { outcome: ImportOutcome | null }) {
  if (!outcome) return null;
  if (outcome.ok)
    return (
      <p className="share-status" role="status">
        {outcome.message}
      </p>
    );
  return (
    <div className="share-problem" role="alert">
      <p>{outcome.title}:</p>
      <ul>
        {outcome.problems.map((problem, k) => (
          <li key={k}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
