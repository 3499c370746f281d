import { useExplorer, useExplorerStore } from '../explorerContext';
import { Legend } from '../legend/Legend';
import { leavePresentation } from './display';
import { DisplayToggles } from '../theme/DisplayToggles';
import { useDisplay } from '../theme/useDisplay';

/**
 * Shown only in presentation, above the figure: the way out (Escape works too), the display
 * toggles, and the legend, since the article that holds it is hidden.
 */
export function PresentationBar() {
  const store = useExplorerStore();
  const presenting = useDisplay((display) => display.presenting);
  const lesson = useExplorer((state) => state.lesson.steps.length > 0);
  if (!presenting) return null;
  return (
    <>
      <div className="presentation-actions">
        <button type="button" className="leave" onClick={() => leavePresentation(store)}>
          Leave presentation
        </button>
        <DisplayToggles />
        <span className="muted presentation-hint">
          {lesson ? 'Page Down/Up: steps · Esc leaves' : 'Esc leaves, P comes back'}
        </span>
      </div>
      <div className="presentation-legend">
        <Legend />
      </div>
    </>
  );
}
