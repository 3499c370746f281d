import { useId } from 'react';
import { PRESETS, type Preset } from '../../../scene/presets';
import { underLossOf } from '../../../scene/model';
import { useActions, useExplorerStore } from '../../explorerContext';
import { ScenePreview } from './ScenePreview';
import { PanelSection } from '../PanelSection';

function PresetButton({ preset }: { preset: Preset }) {
  const { loadScene } = useActions();
  const store = useExplorerStore();
  const { scene } = preset;
  const titleId = useId();
  const descriptionId = useId();
  return (
    <button
      type="button"
      className="preset"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClick={() => loadScene(underLossOf(scene, store.getState().scene))}
    >
      <ScenePreview scene={scene} />
      <span className="preset-text">
        <span id={titleId} className="preset-title">
          {preset.title}
        </span>
        <span id={descriptionId} className="preset-description">
          {preset.description}
        </span>
      </span>
    </button>
  );
}

/** Ready-made scenes, each loaded in one click (and undone in one). */
export function PresetGrid() {
  return (
    <PanelSection title="Presets">
      <div className="preset-grid">
        {PRESETS.map((preset) => (
          <PresetButton key={preset.id} preset={preset} />
        ))}
      </div>
    </PanelSection>
  );
}
