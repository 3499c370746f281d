/**
 * The digits network's worker: the run lives here, off the page's thread (networkHost.ts), and so
 * does the drawing of its map on the canvas the page hands over (mapPainter.ts), so a frame of the
 * page costs next to nothing while the network trains.
 */
import { createNetworkHost } from '../../scene/network/networkHost';
import type { ToNetwork } from '../../scene/network/protocol';
import { createMapPainter } from './mapPainter';

// The next slice waits behind messages already queued, as setTimeout(0) would, but without the
// 4 ms setTimeout takes once calls nest: a message to itself.
const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => next?.();

const painter = createMapPainter(() => postMessage({ kind: 'paint-failed' }));
const hear = createNetworkHost(
  (message, transfer) => {
    // Drawn before the map's buffer travels to the page.
    painter.sent(message);
    postMessage(message, { transfer });
  },
  {
    now: () => performance.now(),
    later: (callback) => {
      next = callback;
      channel.port2.postMessage(null);
    },
  },
);
addEventListener('message', (event: MessageEvent<ToNetwork>) => {
  painter.heard(event.data);
  hear(event.data);
});
