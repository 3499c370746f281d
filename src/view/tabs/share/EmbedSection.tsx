import { useDeferredValue } from 'react';
import { settledScene } from '../../../scene/store/storeLesson';
import { useExplorer, useExplorerStore } from '../../explorerContext';
import { PanelSection } from '../PanelSection';
import { EMBED_HEIGHT, embedCode } from './embedCode';
import type { LessonStart } from './shareLink';
import { copyMessage, useCopy } from './useCopy';

/**
 * Copy embed code: the `<iframe>` that shows this scene in a course page, the figure alone (a
 * lesson's opening where `start` says), with the script that fits its height, and the code itself
 * in a box, to copy by hand where the browser refuses.
 */
export function EmbedSection({ start }: { start: LessonStart }) {
  const store = useExplorerStore();
  const scene = useDeferredValue(useExplorer(settledScene));
  const lesson = useExplorer((state) => state.lesson);
  const lessonAt = useExplorer((state) => state.lessonAt);
  const { field, copying, copy } = useCopy<HTMLTextAreaElement>();
  return (
    <PanelSection title="Embed in a course page">
      <div className="share-row">
        {/* The store, not the render, holds the scene of this very moment. */}
        <button
          type="button"
          onClick={() =>
            void copy(
              embedCode(settledScene(store.getState()), window.location, {
                ...store.getState(),
                start,
              }),
            )
          }
        >
          Copy embed code
        </button>
        <p className="share-hint">
          Paste it into a page’s HTML to show this scene there: the figure alone, with its controls,
          at the width of the page. Its few lines of script fit the frame to the figure’s height; a
          page that strips scripts shows the frame {EMBED_HEIGHT} px tall, scrolling inside.
        </p>
      </div>
      <textarea
        ref={field}
        className="share-embed"
        readOnly
        rows={6}
        value={embedCode(scene, window.location, { lesson, lessonAt, start })}
        aria-label="Embed code"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="share-status" role="status">
        {copyMessage(copying, 'embed code')}
      </p>
    </PanelSection>
  );
}
