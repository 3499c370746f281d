/**
 * The digits network's figure: a network learns a 2-D map of real handwritten digits with the
 * contrastive loss, live, in a worker; PCA's map of the same images stands beside it. The article
 * makes it only once the reader comes near (OnceReached), and it loads the data when made.
 */
import { useEffect, useState } from 'react';
import { loadDigits } from '../../scene/network/loadDigits';
import { createNetworkClient } from '../../scene/network/networkClient';
import { useExplorerStore } from '../explorerContext';
import { useElementWidth } from '../kit/measure';
import { DigitMaps } from './DigitMaps';
import { Moments } from './Moments';
import { NetworkContext, useNetworkClient, useNetworkView } from './networkContext';
import { NetworkCurves } from './NetworkCurves';
import { NetworkSettingsForm } from './NetworkSettingsForm';
import { PairCard } from './PairCard';
import { RunBar } from './RunBar';
import { spawnNetworkWorker } from './spawnNetworkWorker';
import { ExportEmbedding } from './ExportEmbedding';
import './network.css';

const DIGITS_CREDIT =
  'Handwritten digits: Alpaydin & Kaynak, UCI Machine Learning Repository, CC BY 4.0';

function Diverged() {
  const divergedAt = useNetworkView((view) => view.divergedAt);
  if (divergedAt === null) return null;
  return (
    <p className="digits-problem" role="alert">
      The run diverged at step {divergedAt}: the weights grew past what a number can hold, so
      training stopped and the map shows its last good state. Lower the learning rate and press
      Reset.
    </p>
  );
}

function Loaded() {
  const [box, width] = useElementWidth<HTMLDivElement>(640);
  return (
    <div ref={box} className="digits-body">
      <RunBar />
      <Diverged />
      <DigitMaps width={width} />
      <Moments />
      <NetworkSettingsForm />
      <NetworkCurves width={Math.min(width, 640)} />
      <PairCard />
      <ExportEmbedding />
    </div>
  );
}

function Status() {
  const client = useNetworkClient();
  const status = useNetworkView((view) => view.status);
  const problems = useNetworkView((view) => view.problems);
  if (status === 'ready') return <Loaded />;
  if (status === 'loading')
    return <p className="muted">Loading 1,797 handwritten digits (57 KB)…</p>;
  return (
    <div className="notice" role="alert">
      <p className="notice-title">The digits could not be loaded</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>The rest of the page works as before.</p>
      <button type="button" onClick={() => void client.load()}>
        Retry
      </button>
    </div>
  );
}

export default function DigitsFigure() {
  const store = useExplorerStore();
  const [client] = useState(() =>
    createNetworkClient(store, spawnNetworkWorker, () => loadDigits()),
  );
  useEffect(() => {
    void client.load();
    return () => client.close();
  }, [client]);
  return (
    <section className="digits-figure" aria-label="Digits">
      <NetworkContext value={client}>
        <Status />
        <p className="digits-credit muted">{DIGITS_CREDIT}</p>
      </NetworkContext>
    </section>
  );
}
