import './scene-panel.css';
import { defaultScene } from '../../../scene/defaultScene';
import { useActions } from '../../explorerContext';
import { GenerateForm } from './GenerateForm';
import { PeopleSection } from './PeopleSection';
import { PresetGrid } from './PresetGrid';

/**
 * The scene as a whole: who is in it (rename, recolour, add someone), a generated scene of any
 * size up to the limit, and ready-made presets. Every change goes through the store's checked
 * actions, so each is one step to undo.
 */
export function ScenePanel() {
  return (
    <div className="scene-panel">
      <ResetToExample />
      <PeopleSection />
      <GenerateForm />
      <PresetGrid />
    </div>
  );
}

/** Back to the page's first scene, Alice and Bob; one step that Undo takes back. */
function ResetToExample() {
  const { loadScene } = useActions();
  return (
    <div className="scene-row">
      <button type="button" onClick={() => loadScene(defaultScene)}>
        Reset to the example
      </button>
      <span className="scene-hint">
        Alice and Bob’s four photos with m = 1; Undo brings this scene back.
      </span>
    </div>
  );
}
