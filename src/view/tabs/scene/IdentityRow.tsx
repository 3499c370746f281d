import { memo, useEffect, useId, useRef, useState } from 'react';
import { useActions, useExplorer, useExplorerStore } from '../../explorerContext';

/** A field's text while it is being edited; it follows `value` whenever the scene changes it. */
function useDraft(value: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  const [source, setSource] = useState(value);
  if (source !== value) {
    setSource(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

interface IdentityRowProps {
  readonly name: string;
  /** "#RRGGBB" */
  readonly colour: string;
  readonly photos: number;
}

/** One person of the scene: their colour and name, both editable, and how many photos they have. */
export const IdentityRow = memo(function IdentityRow({ name, colour, photos }: IdentityRowProps) {
  const actions = useActions();
  const store = useExplorerStore();
  const [draftName, setDraftName] = useDraft(name);
  const [draftColour, setDraftColour] = useDraft(colour.toLowerCase());
  const [refusal, setRefusal] = useState<string | null>(null);
  // The reason stays only as long as the toolbar's copy of it: dismissing that one, or any later
  // edit going through, clears both.
  const storeProblem = useExplorer((state) => state.editProblem);
  const problem = refusal === storeProblem ? refusal : null;
  const problemId = useId();
  const colourInput = useRef<HTMLInputElement>(null);

  // A colour picker reports every shade it passes through; only the one the user settles on (the
  // native change event) becomes an edit, so one recolouring is one step to undo and one
  // re-evaluation rather than dozens.
  useEffect(() => {
    const input = colourInput.current;
    if (!input) return;
    const commit = () => {
      if (input.value.toLowerCase() === colour.toLowerCase()) return;
      if (!actions.recolourIdentity(name, input.value)) setDraftColour(colour.toLowerCase());
    };
    input.addEventListener('change', commit);
    return () => input.removeEventListener('change', commit);
  }, [actions, name, colour, setDraftColour]);

  const commitName = () => {
    if (draftName.trim() === name) {
      setDraftName(name);
      return;
    }
    if (actions.renameIdentity(name, draftName)) {
      setRefusal(null);
      return;
    }
    setRefusal(store.getState().editProblem);
    setDraftName(name);
  };

  return (
    <li className="person">
      <input
        ref={colourInput}
        type="color"
        aria-label={`Colour of ${name}`}
        value={draftColour}
        onChange={(event) => setDraftColour(event.currentTarget.value)}
      />
      <input
        type="text"
        className="person-name"
        aria-label={`Name of ${name}`}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        value={draftName}
        maxLength={24}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setDraftName(event.currentTarget.value);
          setRefusal(null);
        }}
        onBlur={commitName}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commitName();
          } else if (event.key === 'Escape') {
            setDraftName(name);
            setRefusal(null);
          }
        }}
      />
      <span className="person-photos">
        {photos} {photos === 1 ? 'photo' : 'photos'}
      </span>
      {problem !== null && (
        <p id={problemId} className="edit-problem person-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
});
