/** Downloads the network's current map of every image as CSV. */
import { embeddingCsv } from '../../scene/codec/embeddingCsv';
import { download } from '../tabs/share/download';
import { useNetworkView } from './networkContext';

export function ExportEmbedding() {
  const images = useNetworkView((view) => view.images);
  const heldOut = useNetworkView((view) => view.heldOut);
  const map = useNetworkView((view) => view.map);
  const ready = images !== null && heldOut !== null && map !== null;
  return (
    <button
      type="button"
      disabled={!ready}
      onClick={() => {
        if (!ready) return;
        const csv = embeddingCsv(images.digits, heldOut, map);
        download(new Blob([csv], { type: 'text/csv' }), 'digits-embedding.csv');
      }}
    >
      Export embedding CSV
    </button>
  );
}
