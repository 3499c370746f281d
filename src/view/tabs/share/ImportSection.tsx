import { PanelSection } from '../PanelSection';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useExplorerStore } from '../../explorerContext';
import { importFile, importText, type ImportOutcome } from './importing';
import { ImportOutcomeMessage } from './ImportOutcomeMessage';

/** Opening a scene: a file from the computer, or text pasted into a box. */
export function ImportSection() {
  const store = useExplorerStore();
  const pasteId = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) opens it again.
    input.value = '';
    if (file) void importFile(store, file).then(setOutcome);
  };

  const onPasted = () => {
    const result = importText(store, pasted, 'the pasted text');
    setOutcome(result);
    if (result.ok) setPasted('');
  };

  return (
    <PanelSection title="Import">
      <div className="share-row">
        <button type="button" onClick={() => picker.current?.click()}>
          Import file
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,.csv,.txt,application/json,text/csv,text/plain"
          hidden
          onChange={onFile}
        />
        <span className="share-hint">
          A scene JSON or points CSV. You can also drop a file anywhere on the page, or paste a
          link, JSON or CSV while no text box has the focus.
        </span>
      </div>
      <label htmlFor={pasteId} className="share-paste-label">
        Paste a scene
      </label>
      <div className="share-row share-paste">
        <textarea
          id={pasteId}
          rows={2}
          value={pasted}
          spellCheck={false}
          placeholder="A link, scene JSON or points CSV"
          onChange={(event) => setPasted(event.currentTarget.value)}
        />
        <button type="button" onClick={onPasted} disabled={pasted.trim() === ''}>
          Import pasted text
        </button>
      </div>
      <ImportOutcomeMessage outcome={outcome} />
    </PanelSection>
  );
}
