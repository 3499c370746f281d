import './story-figure.css';
import { sceneToHash } from '../scene/codec/link';
import { LandscapeToggle } from '../view/controls/Toolbar';
import { TrainingBar } from '../view/controls/TrainingBar';
import { useActions, useExplorer } from '../view/explorerContext';
import { LossControl } from '../view/losses/LossControl';
import { LossSwitcher } from '../view/losses/LossSwitcher';
import { Plane } from '../view/plane/Plane';
import { LiveTotal } from '../view/tabs/SceneStats';
import type { StoryStep } from './story';

/**
 * The article's figure: the plane acting out the section being read, its total, only the
 * controls that section's text talks about, and a caption saying what it shows. The reader can
 * still drag, slide and play; "Back to this section's scene" undoes that, and "Open in the lab"
 * carries the scene to the whole tool. A section with a figure of its own gets the place to itself.
 */
export function StoryFigure({ step }: { step: StoryStep }) {
  return (
    <aside className="story-figure" aria-labelledby="figure-heading" data-story-step={step.id}>
      <h2 id="figure-heading" className="visually-hidden">
        Interactive figure
      </h2>
      {step.scene ? (
        <StoryScene step={step} />
      ) : (
        <p className="story-aside">
          This section has its own figure, in the text: a network learning a map of handwritten
          digits, with its own Play and margin.
        </p>
      )}
    </aside>
  );
}

function StoryScene({ step }: { step: StoryStep }) {
  const { controls, caption } = step;
  return (
    <section className="figure" id="figure" tabIndex={-1} aria-label="Embedding plane">
      <Plane />
      <div className="story-readout">
        <LiveTotal />
        <StoryActions />
      </div>
      {controls.includes('loss') && <LossSwitcher />}
      {controls.includes('knob') && <LossControl />}
      {controls.includes('training') && <TrainingBar rate={false} />}
      {controls.includes('landscape') && (
        <p className="story-tools">
          <LandscapeToggle />
        </p>
      )}
      <p className="story-caption">{caption}</p>
    </section>
  );
}

/** The way back to the section's own scene once the reader has changed it, and on to the lab. */
function StoryActions() {
  const { backToStoryScene } = useActions();
  // The scene of the last finished edit: a drag's frames would rebuild the link for nothing.
  const scene = useExplorer((state) => state.committed);
  const edited = useExplorer(
    (state) =>
      state.story !== null && state.glide === null && state.committed !== state.story.scene,
  );
  return (
    <p className="story-actions">
      {edited && (
        <button type="button" onClick={backToStoryScene}>
          Back to this section’s scene
        </button>
      )}
      <a href={`#lab=1&${sceneToHash(scene)}`}>Open in the lab</a>
    </p>
  );
}
