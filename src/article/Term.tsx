import type { ReactNode } from 'react';
import { definitionOf, glossaryAnchor, type GlossaryId } from './glossary';

/**
 * A term's first use in the text: a link to its glossary entry, whose definition also shows on
 * hover. The page's hash holds the scene, so a plain click scrolls to the entry and focuses it
 * instead of writing the entry's id into the hash (which would read as a broken scene link).
 */
export function Term({ id, children }: { id: GlossaryId; children: ReactNode }) {
  const anchor = glossaryAnchor(id);
  return (
    <a
      href={`#${anchor}`}
      className="glossary-term"
      title={definitionOf(id)}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        const entry = document.getElementById(anchor);
        if (!entry) return;
        event.preventDefault();
        entry.scrollIntoView({ block: 'center' });
        entry.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
