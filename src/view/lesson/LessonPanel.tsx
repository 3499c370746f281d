import './lesson.css';
import { lessonToJson } from '../../scene/codec/lessonFile';
import { lessonKeyParts } from '../../scene/codec/lessonLink';
import { exampleLesson } from '../../scene/lesson/exampleLesson';
import { useActions, useExplorer, useExplorerStore } from '../explorerContext';
import { thousands } from '../kit/format';
import { enterPresentation } from '../presentation/display';
import { download } from '../tabs/share/download';
import { PanelSection } from '../tabs/PanelSection';
import { LessonStepItem } from './LessonStepItem';

/**
 * The lesson editor: a teacher adds the scene on screen as a step, captions it, picks what it
 * hides, orders the steps and shows any of them; then presents the lesson, or takes it away as the
 * page's link (the Share tab) or as a file. Every edit is one step of Undo.
 */
export function LessonPanel() {
  const store = useExplorerStore();
  const { addStep, clearLesson, goToStep, loadLesson } = useActions();
  const steps = useExplorer((state) => state.lesson.steps);
  const at = useExplorer((state) => state.lessonAt);
  const linkLength = lessonKeyParts({ steps }, at).join('&').length;

  const present = () => {
    goToStep(0);
    enterPresentation(store, true);
  };
  const save = () =>
    download(
      new Blob([lessonToJson(store.getState().lesson)], { type: 'application/json' }),
      'lesson.json',
    );

  return (
    <div className="lesson-panel">
      <PanelSection title="Lesson">
        <p className="share-hint">
          A lesson is a list of scenes to step through with a class, each with a caption. Set up a
          scene, add it, and go on; in presentation, Next step (or a clicker’s Page Down) moves on.
        </p>
        <div className="share-row">
          <button type="button" onClick={addStep}>
            Add this scene to the lesson
          </button>
          {steps.length === 0 && (
            <button type="button" onClick={() => loadLesson(exampleLesson, 0, [])}>
              Open the example lesson
            </button>
          )}
        </div>
        {steps.length > 0 && (
          <>
            <ol className="lesson-list">
              {steps.map((step, k) => (
                <LessonStepItem
                  key={k}
                  step={step}
                  index={k}
                  count={steps.length}
                  current={k === at}
                />
              ))}
            </ol>
            <div className="share-row">
              <button type="button" onClick={present}>
                Present the lesson
              </button>
              <button type="button" onClick={save}>
                Save lesson file
              </button>
              <button type="button" onClick={clearLesson}>
                Start a new lesson
              </button>
            </div>
            <p className="share-hint">
              The page’s link (Share tab) carries the whole lesson: {thousands(linkLength)}{' '}
              characters for these {steps.length} step{steps.length === 1 ? '' : 's'}. A lesson file
              opens by the same ways as a scene file: Import, a drop or a paste.
            </p>
          </>
        )}
      </PanelSection>
    </div>
  );
}
