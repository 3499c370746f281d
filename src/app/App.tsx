import { Article } from '../article/Article';
import type { ExplorerStore } from '../scene/store';
import { MarginSlider } from '../view/controls/MarginSlider';
import { ExplorerProvider } from '../view/explorerContext';
import { NoticeBanner } from '../view/NoticeBanner';
import { Plane } from '../view/plane/Plane';
import { PairTable } from '../view/table/PairTable';
import { TotalAnnouncer } from '../view/TotalAnnouncer';
import { useEscapeClearsSelection } from '../view/useEscapeClearsSelection';

/** Wiring only: which views go where. */
export function App({ store }: { store: ExplorerStore }) {
  return (
    <ExplorerProvider store={store}>
      <Page />
    </ExplorerProvider>
  );
}

function Page() {
  useEscapeClearsSelection();
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
        <div className="reading">
          <header className="masthead">
            <h1>Contrastive loss, hands on</h1>
            <p className="lede">
              Drag the photos’ embeddings. Same person: pulled together. Different people: pushed
              apart, but only until they are a margin m apart.
            </p>
          </header>
          <NoticeBanner />
          <Article />
        </div>
        <aside className="figure-column" aria-label="Interactive figure">
          <section className="figure" id="figure" tabIndex={-1} aria-label="Embedding plane">
            <Plane />
            <MarginSlider />
          </section>
          <PairTable />
        </aside>
      </div>
      <TotalAnnouncer />
    </>
  );
}
