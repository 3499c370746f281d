import { memo, useId, useState, type SubmitEvent } from 'react';
import { LIMITS } from '../../../scene/model';
import { useActions, useExplorer } from '../../explorerContext';
import { revealPlane } from '../../plane/revealPlane';

/** Why `name` cannot be a new person of the scene, or null when it can. */
function nameProblem(name: string, identities: readonly string[]): string | null {
  if (name === '') return 'Type a name for the new person first.';
  if (!LIMITS.identity.test(name))
    return `"${name}" will not do as a name: use 1 to 24 letters, digits, underscores or spaces.`;
  if (identities.includes(name))
    return `There is already someone called "${name}" in this scene; choose another name.`;
  return null;
}

/**
 * Names a new person and arms the plane's add tool: a person only exists once they have a photo,
 * so the next click on the plane places their first one.
 */
export const AddPersonForm = memo(function AddPersonForm({
  identities,
}: {
  identities: readonly string[];
}) {
  const actions = useActions();
  const tool = useExplorer((state) => state.tool);
  const addIdentity = useExplorer((state) => state.addIdentity);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const problemId = useId();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = draft.trim();
    const found = nameProblem(name, identities);
    setProblem(found);
    if (found) return;
    actions.setAddIdentity(name);
    actions.setTool('add');
    revealPlane();
    setWaitingFor(name);
    setDraft('');
  };

  // The hint lasts while the click it asks for is still to come.
  const waiting =
    waitingFor !== null &&
    tool === 'add' &&
    addIdentity === waitingFor &&
    !identities.includes(waitingFor);

  return (
    <form className="add-person" aria-label="Add a person" noValidate onSubmit={submit}>
      <div className="scene-row">
        <input
          type="text"
          aria-label="New person's name"
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : problemId}
          placeholder="New person's name"
          value={draft}
          maxLength={24}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">Add person</button>
      </div>
      {problem !== null && (
        <p id={problemId} className="edit-problem" role="alert">
          {problem}
        </p>
      )}
      {waiting && (
        <p className="scene-hint" role="status">
          Now click an empty spot on the plane to place {waitingFor}&rsquo;s first photo.
        </p>
      )}
    </form>
  );
});
