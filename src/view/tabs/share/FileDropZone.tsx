import { useEffect, useState } from 'react';
import { useExplorerStore } from '../../explorerContext';
import { importFile, importText, type ImportOutcome } from './importing';

/** How long the note that a dropped or pasted scene was opened stays up. */
const NOTE_MS = 4000;

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Where a paste is somebody typing, and not a scene handed to the page. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'range', 'file', 'submit', 'reset', 'color'].includes(
      target.type,
    )
  );
}

/**
 * Lets the whole page take a scene: a file dropped anywhere, or a link, JSON or CSV pasted while
 * no text box has the focus. Shows a hint while a file is dragged over the page, and a short note
 * once a scene is opened; problems go to the page's notice.
 */
export function FileDropZone() {
  const store = useExplorerStore();
  const [dragging, setDragging] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; count them to know when the file leaves.
    let depth = 0;
    const report = (outcome: ImportOutcome) => setOpened(outcome.ok ? outcome.message : null);
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer!.files[0];
      if (file) void importFile(store, file).then(report);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextEntry(event.target) || !event.clipboardData) return;
      const file = event.clipboardData.files[0];
      const text = event.clipboardData.getData('text/plain');
      if (!file && text.trim() === '') return;
      event.preventDefault();
      if (file) void importFile(store, file).then(report);
      else report(importText(store, text, 'the pasted text'));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);

  useEffect(() => {
    if (opened === null) return;
    const timer = setTimeout(() => setOpened(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [opened]);

  return (
    <>
      {dragging && (
        <div className="drop-hint">
          <p>Drop a scene file (JSON or CSV) to open it</p>
        </div>
      )}
      <p className="drop-note" role="status">
        {opened}
      </p>
    </>
  );
}
