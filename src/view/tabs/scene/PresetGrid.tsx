import { useId } from 'react';
import { PRESETS, type Preset } from '../../../scene/presets';
import { underLossOf } from '../../../scene/model';
import { useActions, useExplorerStore } from '../../explorerContext';
import { cachedPreviewDots, PREVIEW_HEIGHT, PREVIEW_WIDTH } from './presetPreview';
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
      <svg
        className="preset-preview"
        width={PREVIEW_WIDTH}
        height={PREVIEW_HEIGHT}
        viewBox={`0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}`}
        aria-hidden="true"
      >
        {cachedPreviewDots(scene).map(({ colour, d }, id) => (
          <path key={id} d={d} fill={colour} />
        ))}
      </svg>
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
