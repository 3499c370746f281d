import { useExplorer } from '../explorerContext';
import { Legend } from '../legend/Legend';
import { fullPageLink } from '../tabs/share/embedCode';
import { useDisplay } from '../theme/useDisplay';

/**
 * Shown only in another page's frame (embed=1), under the figure: the legend, which the article
 * holds on the whole page (hide=legend takes it away, as in presentation), and the way to the
 * whole page in a new tab, with the scene (and the lesson's step) as the reader left it.
 */
export function EmbedFooter() {
  const embedded = useDisplay((display) => display.embedded);
  // The scene of the last finished edit: a drag's frames would rebuild the link for nothing.
  const scene = useExplorer((state) => state.committed);
  const lesson = useExplorer((state) => state.lesson);
  const lessonAt = useExplorer((state) => state.lessonAt);
  if (!embedded) return null;
  return (
    <>
      <div className="presentation-legend">
        <Legend />
      </div>
      <p className="embed-credit">
        <span className="muted">An interactive figure from “Contrastive loss, hands on”.</span>{' '}
        <a
          href={fullPageLink(scene, window.location, { lesson, lessonAt, start: 'here' })}
          target="_blank"
          rel="noopener"
        >
          Open the full page
        </a>
      </p>
    </>
  );
}
