/** The digits network's worker: the run lives here, off the page's thread (networkHost.ts). */
import { createNetworkHost } from './networkHost';
import type { ToNetwork } from './protocol';

// The next slice waits behind messages already queued, as setTimeout(0) would, but without the
// 4 ms setTimeout takes once calls nest: a message to itself.
const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => next?.();

const hear = createNetworkHost((message, transfer) => postMessage(message, { transfer }), {
  now: () => performance.now(),
  later: (callback) => {
    next = callback;
    channel.port2.postMessage(null);
  },
});
addEventListener('message', (event: MessageEvent<ToNetwork>) => hear(event.data));
