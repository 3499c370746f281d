import { useEffect, useRef } from 'react';
import type { ImportOutcome } from './importing';

/** What the last import did: a quiet confirmation, or an alert with every problem found. */
export function ImportOutcomeMessage({ outcome }: { outcome: ImportOutcome | null }) {
  const message = useRef<HTMLDivElement>(null);
  // The tab scrolls inside a short panel: bring the news into view under the button pressed.
  // (Braces: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    message.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  if (!outcome) return null;
  if (outcome.ok)
    return (
      <div ref={message} className="share-status" role="status">
        {outcome.message}
      </div>
    );
  return (
    <div ref={message} className="share-problem" role="alert">
      <p>{outcome.title}:</p>
      <ul>
        {outcome.problems.map((problem, k) => (
          <li key={k}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
