import './scene-panel.css';
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
      <PeopleSection />
      <GenerateForm />
      <PresetGrid />
    </div>
  );
}
