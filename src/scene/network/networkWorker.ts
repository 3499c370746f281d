/** The digits network's worker: the run lives here, off the page's thread (networkHost.ts). */
import { createNetworkHost } from './networkHost';
import type { ToNetwork } from './protocol';

const hear = createNetworkHost((message, transfer) => postMessage(message, { transfer }), {
  now: () => performance.now(),
  later: (callback) => setTimeout(callback, 0),
});
addEventListener('message', (event: MessageEvent<ToNetwork>) => hear(event.data));
