import { Article } from '../article/Article';
import type { ExplorerStore } from '../scene/store/store';
import { Toolbar } from '../view/controls/Toolbar';
import { TrainingBar } from '../view/controls/TrainingBar';
import { ExplorerProvider } from '../view/explorerContext';
import { NoticeBanner } from '../view/kit/NoticeBanner';
import type { PageUpdates } from '../view/offline/pageUpdates';
import { UpdateNotice } from '../view/offline/UpdateNotice';
import { LossControl } from '../view/losses/LossControl';
import { FigurePanel } from '../view/tabs/FigurePanel';
import { Plane } from '../view/plane/Plane';
import { DisplayToggles } from '../view/presentation/DisplayToggles';
import { PlaneDescription } from '../view/presentation/PlaneDescription';
import { PresentationBar } from '../view/presentation/PresentationBar';
import { EmbedFooter } from '../view/presentation/EmbedFooter';
import '../view/presentation/presentation.css';
import '../view/presentation/embed.css';
import { useDisplay, useDisplaySync } from '../view/presentation/useDisplay';
import { TotalAnnouncer } from '../view/kit/TotalAnnouncer';
import { useKeyboardShortcuts } from '../view/controls/useKeyboardShortcuts';
import { LessonBar } from '../view/lesson/LessonBar';
import { useStepGlide } from '../view/lesson/useStepGlide';
import { PageFooter } from './PageFooter';

/** Wiring only: which views go where. */
export function App({ store, updates }: { store: ExplorerStore; updates: PageUpdates }) {
  return (
    <ExplorerProvider store={store}>
      <Page />
      <UpdateNotice updates={updates} />
    </ExplorerProvider>
  );
}

function Page() {
  useKeyboardShortcuts();
  useDisplaySync();
  useStepGlide();
  // In another page's frame the figure stands alone: the article is not even made.
  const embedded = useDisplay((display) => display.embedded);
  return (
    <>
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('figure')?.focus()}
      >
        Skip to the interactive figure
      </button>
      <div className="layout">
        <main className="reading">
          <header className="masthead">
            <DisplayToggles />
            <h1>Contrastive loss, hands on</h1>
            <p className="lede">
              Drag the photos’ embeddings. Same person: pulled together. Different people: pushed
              apart, but only until they are a margin m apart.
            </p>
          </header>
          <NoticeBanner />
          {!embedded && <Article />}
        </main>
        <aside className="figure-column" aria-labelledby="figure-heading">
          {/* The panel's headings are h3s: without the article's h2s around them (presenting, in a
              frame), this keeps the outline whole. */}
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
        {!embedded && <PageFooter />}
      </div>
      <TotalAnnouncer />
    </>
  );
}
