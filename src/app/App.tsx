import type { ExplorerStore } from '../scene/store';
import { MarginSlider } from '../view/controls/MarginSlider';
import { ExplorerProvider } from '../view/explorerContext';
import { Legend } from '../view/Legend';
import { NoticeBanner } from '../view/NoticeBanner';
import { Plane } from '../view/plane/Plane';
import { PairTable } from '../view/table/PairTable';
import { Introduction } from './Introduction';

/** Wiring only: which views go where. */
export function App({ store }: { store: ExplorerStore }) {
  return (
    <ExplorerProvider store={store}>
      <header className="masthead">
        <h1>Contrastive loss, hands on</h1>
        <p className="lede">
          Drag the photos’ embeddings. Same person: pulled together. Different people: pushed apart,
          but only until they are a margin m apart.
        </p>
      </header>
      <NoticeBanner />
      <main className="explorer">
        <section className="figure" aria-label="Embedding plane">
          <Plane />
        </section>
        <Legend />
        <aside className="panel" aria-label="Margin and losses">
          <MarginSlider />
          <PairTable />
        </aside>
      </main>
      <Introduction />
    </ExplorerProvider>
  );
}
