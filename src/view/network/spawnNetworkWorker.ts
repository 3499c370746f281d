/** The browser's worker for the digits network (networkWorker.ts) behind a NetworkPort. */
import type { NetworkPort } from '../../scene/network/networkClient';
import type { FromNetwork } from '../../scene/network/protocol';

export function spawnNetworkWorker(): NetworkPort {
  const worker = new Worker(new URL('./networkWorker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(hear, failed) {
      worker.addEventListener('message', (event: MessageEvent<FromNetwork>) => hear(event.data));
      worker.addEventListener('error', () =>
        failed('The network’s worker stopped with an error; reload the page to start again.'),
      );
    },
    close: () => worker.terminate(),
  };
}
