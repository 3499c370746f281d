import { memo, useMemo, useState } from 'react';
import { useEvaluation, useExplorer } from '../../explorerContext';
import { AddPersonForm } from './AddPersonForm';
import { IdentityRow } from './IdentityRow';
import { PanelSection } from '../PanelSection';

/** Beyond this many people the list folds, so the panel's other parts stay within reach. */
const FOLDED_PEOPLE = 20;

interface PeopleListProps {
  readonly identities: readonly string[];
  readonly colours: readonly string[];
  /** Each point's identity id. */
  readonly identityOf: Int32Array;
}

const PeopleList = memo(function PeopleList({ identities, colours, identityOf }: PeopleListProps) {
  const [unfolded, setUnfolded] = useState(false);
  const loads = useExplorer((state) => state.loads);
  const photos = useMemo(() => {
    const counts = new Array<number>(identities.length).fill(0);
    for (const id of identityOf) counts[id]!++;
    return counts;
  }, [identities, identityOf]);
  const folds = identities.length > FOLDED_PEOPLE;
  const shown = folds && !unfolded ? identities.slice(0, FOLDED_PEOPLE) : identities;
  return (
    <>
      <ul className="people">
        {shown.map((name, id) => (
          // Keyed by place, not name, so a renamed row keeps its focus; a loaded scene starts
          // every row afresh.
          <IdentityRow
            key={`${loads}:${id}`}
            name={name}
            colour={colours[id]!}
            photos={photos[id]!}
          />
        ))}
      </ul>
      {folds && (
        <button type="button" className="link" onClick={() => setUnfolded(!unfolded)}>
          {unfolded
            ? `Show the first ${FOLDED_PEOPLE} only`
            : `Show all ${identities.length} people`}
        </button>
      )}
    </>
  );
});

/**
 * The scene's people. The evaluation changes on every frame of a drag, but its identity lists
 * only when points come or go or change hands, so the memoised parts below render only then.
 */
export function PeopleSection() {
  const { identities, identityColours, identityOf } = useEvaluation();
  return (
    <PanelSection title="People">
      <PeopleList identities={identities} colours={identityColours} identityOf={identityOf} />
      <AddPersonForm identities={identities} />
    </PanelSection>
  );
}
