import { describe, expect, it } from 'vitest';
import { loadDigits } from '../../testing/digits';
import { createExplorerStore } from '../store/store';
import { createNetworkClient, type NetworkPort } from './networkClient';
import { createNetworkHost } from './networkHost';
import type { FromNetwork, ToNetwork } from './protocol';

const images = loadDigits();

/** What the worker says besides the host, as a test makes it speak. */
let answer: (message: FromNetwork) => void = () => undefined;

/** The worker's host in this thread, recording what the page told it. */
function inThread(told: ToNetwork[]): () => NetworkPort {
  return () => {
    let hear: (message: ToNetwork) => void = () => undefined;
    return {
      post: (message) => {
        told.push(message);
        hear(message);
      },
      listen: (listener) => {
        answer = listener;
        hear = createNetworkHost((message) => listener(message), {
          now: () => 0,
          later: () => undefined,
        });
      },
      close: () => undefined,
    };
  };
}

describe('the page’s side of the network', () => {
  it('loads, starts the run, follows the settings and shows what the worker sends', async () => {
    const explorer = createExplorerStore();
    const told: ToNetwork[] = [];
    const client = createNetworkClient(explorer, inThread(told), () =>
      Promise.resolve({ ok: true, value: images }),
    );
    await client.load();
    expect(client.view.getState()).toMatchObject({ status: 'ready', steps: 0 });
    expect(client.view.getState().pcaAccuracy).toBeGreaterThan(0.5);
    client.step();
    client.step();
    expect(client.view.getState().steps).toBe(2);
    expect(client.view.getState().losses).toHaveLength(2);
    explorer.getState().setNetwork({ margin: 2 });
    expect(told.at(-1)).toMatchObject({ kind: 'settings', settings: { margin: 2 } });
    client.pick(5);
    client.pick(9);
    client.pick(12);
    expect(client.view.getState().picked).toEqual([12]);
    expect(client.view.getState().drawnInWorker).toBe(true);
    answer({ kind: 'paint-failed' });
    expect(client.view.getState().drawnInWorker).toBe(false);
    client.close();
    explorer.getState().setNetwork({ margin: 3 });
    expect(told.at(-1)).toMatchObject({ settings: { margin: 2 } });
  });

  it('shows why the data failed, and Retry loads it', async () => {
    const explorer = createExplorerStore();
    let online = false;
    const client = createNetworkClient(explorer, inThread([]), () =>
      Promise.resolve(
        online
          ? { ok: true as const, value: images }
          : { ok: false as const, problems: ['The network did not answer.'] },
      ),
    );
    await client.load();
    expect(client.view.getState()).toMatchObject({
      status: 'failed',
      problems: ['The network did not answer.'],
    });
    online = true;
    await client.load();
    expect(client.view.getState().status).toBe('ready');
  });
});
