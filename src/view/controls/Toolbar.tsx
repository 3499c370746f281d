import './toolbar.css';
import { useState } from 'react';
import type { Tool } from '../../scene/store/storeEditing';
import { useActions, useEvaluation, useExplorer, useExplorerStore } from '../explorerContext';
import { TOUCH_FIRST, useMediaQuery } from '../kit/measure';
import { enterPresentation } from '../presentation/display';
import { useDisplay } from '../theme/useDisplay';

/** Each tool, with its hint for a mouse and keyboard and for a finger on a touch screen. */
const TOOLS: readonly { tool: Tool; name: string; hint: string; touchHint: string }[] = [
  {
    tool: 'move',
    name: 'Move',
    hint: 'Drag a point, or focus it with Tab and move it with the arrow keys',
    touchHint: 'Drag a point with your finger',
  },
  {
    tool: 'add',
    name: 'Add point',
    hint: 'Click an empty spot to add a photo of the chosen person',
    touchHint: 'Tap an empty spot to add a photo of the chosen person',
  },
  {
    tool: 'pairs',
    name: 'Pick pairs',
    hint: 'Click two points to add or remove their pair; click a line to remove it',
    touchHint: 'Tap two points to add or remove their pair; tap a line to remove it',
  },
];

const hintOf = (tool: Tool, touch: boolean) => {
  const found = TOOLS.find((each) => each.tool === tool)!;
  return touch ? found.touchHint : found.hint;
};

/** The key shortcuts use: Cmd on Apple keyboards, Ctrl elsewhere (see useKeyboardShortcuts). */
const MODIFIER =
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- MDN names platform the least-bad way to tell ⌘ from Ctrl; userAgentData is Chromium-only.
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** A toggle that reads as a pressed or unpressed button. */
function Toggle({
  on,
  onChange,
  children,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  children: string;
}) {
  return (
    <button type="button" aria-pressed={on} className="toggle" onClick={() => onChange(!on)}>
      {children}
    </button>
  );
}

/** The loss landscape under the plane, on or off (link key `landscape=1`). */
export function LandscapeToggle() {
  const on = useDisplay((display) => display.landscape);
  const { setLandscape } = useActions();
  return (
    <Toggle on={on} onChange={setLandscape}>
      Landscape
    </Toggle>
  );
}

/**
 * What a press on the plane does (move, add a point, pick pairs), the landscape and the unit circle,
 * deleting the active point, undo and redo, and presentation mode.
 */
export function Toolbar() {
  const tool = useExplorer((state) => state.tool);
  const norm = useExplorer((state) => Boolean(state.scene.norm));
  const canUndo = useExplorer((state) => state.past.length > 0 || state.scene !== state.committed);
  const canRedo = useExplorer((state) => state.future.length > 0);
  const active = useExplorer((state) => state.activePoint);
  const activeLabel = useExplorer((state) =>
    state.activePoint === null ? undefined : state.scene.points[state.activePoint]?.label,
  );
  const problem = useExplorer((state) => state.editProblem);
  const actions = useActions();
  const store = useExplorerStore();
  const touch = useMediaQuery(TOUCH_FIRST);
  return (
    <div className="toolbar">
      <div className="toolbar-row">
        <div role="group" aria-label="What a press on the plane does" className="segmented">
          {TOOLS.map(({ tool: each, name, hint }) => (
            <button
              key={each}
              type="button"
              aria-pressed={tool === each}
              title={hint}
              onClick={() => actions.setTool(each)}
            >
              {name}
            </button>
          ))}
        </div>
        <LandscapeToggle />
        <Toggle on={norm} onChange={actions.setNorm}>
          Unit circle
        </Toggle>
        <span className="toolbar-end">
          {/* Always there, so choosing a point never reflows the plane below. */}
          <button
            type="button"
            className="icon"
            aria-label={activeLabel ? `Delete ${activeLabel}` : 'Delete the chosen point'}
            title={
              activeLabel
                ? `Delete ${activeLabel} (Delete key)`
                : 'Grab or focus a point first, then delete it here or with the Delete key'
            }
            onClick={() => active !== null && actions.deletePoint(active)}
            disabled={!activeLabel}
          >
            <TrashIcon />
          </button>
          <button
            type="button"
            className="icon"
            aria-label="Undo"
            title={`Undo (${MODIFIER}+Z)`}
            onClick={actions.undo}
            disabled={!canUndo}
          >
            ↶
          </button>
          <button
            type="button"
            className="icon"
            aria-label="Redo"
            title={`Redo (${MODIFIER}+Shift+Z)`}
            onClick={actions.redo}
            disabled={!canRedo}
          >
            ↷
          </button>
        </span>
      </div>
      {/* The row always holds something, so changing tools never moves the plane. */}
      <div className="toolbar-row">
        {tool === 'add' ? <AddPointChooser /> : <p className="tool-hint">{hintOf(tool, touch)}.</p>}
        <button
          type="button"
          className="present"
          title="Present: a large figure in full screen, the article hidden (P key)"
          onClick={() => enterPresentation(store, true)}
        >
          Present
        </button>
      </div>
      {problem && (
        <p className="edit-problem" role="alert">
          {problem}{' '}
          <button type="button" className="link" onClick={actions.clearEditProblem}>
            OK
          </button>
        </p>
      )}
    </div>
  );
}

function TrashIcon() {
  return (
    <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
      <path
        d="M2.5 4h11M6 4V2.5h4V4M4 4l.8 9.5h6.4L12 4M6.8 6.5v5M9.2 6.5v5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** With the add tool: whose photo the next click adds, one of the scene's people or someone new. */
function AddPointChooser() {
  const { identities } = useEvaluation();
  const addIdentity = useExplorer((state) => state.addIdentity);
  const { setAddIdentity } = useActions();
  const [custom, setCustom] = useState(!identities.includes(addIdentity) && addIdentity !== '');
  const chosen = addIdentity || identities[0] || '';
  return (
    <div className="toolbar-row add-chooser">
      <label>
        <span>Photo of</span>
        <select
          aria-label="New point is a photo of"
          value={custom ? '' : chosen}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setCustom(value === '');
            setAddIdentity(value);
          }}
        >
          {identities.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value="">someone new…</option>
        </select>
      </label>
      {custom && (
        <label>
          <span>Name</span>
          <input
            type="text"
            value={addIdentity}
            maxLength={24}
            size={12}
            placeholder="e.g. carol"
            onChange={(event) => setAddIdentity(event.currentTarget.value)}
          />
        </label>
      )}
      <span className="muted">then click an empty spot.</span>
    </div>
  );
}
