import { useLayoutEffect } from 'react';
import { Toolbar } from '../../../view/controls/Toolbar';
import { TrainingBar } from '../../../view/controls/TrainingBar';
import { useExplorer } from '../../../view/explorerContext';
import { NoticeBanner } from '../../../view/kit/NoticeBanner';
import { LossControl } from '../../../view/losses/LossControl';
import { FigurePanel } from '../../../view/tabs/FigurePanel';
import { Plane } from '../../../view/plane/Plane';
import { DisplayToggles } from '../../../view/theme/DisplayToggles';
import { PlaneDescription } from '../../../view/description/PlaneDescription';
import { PresentationBar } from '../../../view/presentation/PresentationBar';
import { EmbedFooter } from '../../../view/embed/EmbedFooter';
import { useDisplay } from '../../../view/theme/useDisplay';
import { SkipLink } from '../../SkipLink';
import { LessonBar } from '../../../view/lesson/LessonBar';
import './lab.css';

/**
 * The lab: the whole tool, with room to work. The plane beside a panel as tall as the window (its
 * one scrolling region is the open tab), lessons, presentation, and the figure alone in a frame.
 */
export function LabRoom() {
  const embedded = useDisplay((display) => display.embedded);
  // The article's section last shown, so the way back lands where the reader left it.
  const section = useExplorer((state) => state.story?.id ?? '');
  // The lab starts at its top, wherever the article was scrolled to.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <>
      <SkipLink />
      <div className="layout" data-room="lab">
        <main className="reading">
          <header className="masthead lab-masthead">
            <h1>
              Contrastive loss, hands on <span className="room-name">· the lab</span>
            </h1>
            {!embedded && (
              <a className="room-link" href={`#${section}`}>
                Read the article
              </a>
            )}
            <DisplayToggles />
          </header>
          <NoticeBanner />
        </main>
        <aside className="figure-column" aria-labelledby="figure-heading">
          {/* The panel's headings are h3s: with no h2 of an article around them, this keeps the
              outline whole. */}
          <h2 id="figure-heading" className="visually-hidden">
            Interactive figure
          </h2>
          <PresentationBar />
          <LessonBar />
          <section className="figure" id="figure" tabIndex={-1} aria-label="Embedding plane">
            <Toolbar />
            <Plane />
            <LossControl />
            <TrainingBar />
          </section>
          <FigurePanel />
          <EmbedFooter />
          <PlaneDescription />
        </aside>
      </div>
    </>
  );
}
