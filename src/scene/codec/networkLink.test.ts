import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_NETWORK_SETTINGS, NETWORK_LIMITS, type NetworkSettings } from '../../engine';
import { connectHash, type AddressBar } from '../effects/hashSync';
import { createExplorerStore } from '../store/store';
import { embeddingCsv } from './embeddingCsv';
import { networkKeyParts, readNetworkKeys } from './networkLink';

const link = (settings: NetworkSettings) => networkKeyParts(settings).join('&');

describe('the digits network in the link', () => {
  it('reads a teacher’s link: 4s and 9s, m = 2, seed 7, the rest at their defaults', () => {
    const read = readNetworkKeys('#digits=4,9&dm=2&dseed=7');
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({
      ...DEFAULT_NETWORK_SETTINGS,
      digits: [4, 9],
      margin: 2,
      seed: 7,
    });
    expect(link(read.settings)).toBe('digits=4,9&dm=2&dseed=7');
  });

  it('writes nothing for the defaults, and every key of every other setting', () => {
    expect(link(DEFAULT_NETWORK_SETTINGS)).toBe('');
    const all: NetworkSettings = {
      margin: 0.5,
      learningRate: 0.1,
      optimiser: 'sgd',
      pairsPerStep: 64,
      similarShare: 1,
      hidden: 8,
      digits: [0, 1],
      seed: 42,
    };
    expect(link(all)).toBe(
      'digits=0,1&dm=0.5&dlr=0.1&dpairs=64&dsim=1&dhidden=8&dseed=42&dopt=sgd',
    );
    expect(readNetworkKeys(link(all)).settings).toEqual(all);
  });

  it('names each broken value in plain words and keeps the others', () => {
    const read = readNetworkKeys('dm=-1&dpairs=12.5&dopt=rmsprop&digits=4,x&dseed=7');
    expect(read.settings).toEqual({ ...DEFAULT_NETWORK_SETTINGS, seed: 7 });
    expect(read.problems).toEqual([
      '"dm=-1": the network’s margin m must be a number from 0 to 10.',
      '"dpairs=12.5": the pairs per step must be a whole number from 2 to 1024.',
      '"dopt=rmsprop": the optimiser must be dopt=adam or dopt=sgd.',
      '"digits=4,x": write the digits to train on as a comma list of 0 to 9 (digits=4,9), or digits=all.',
    ]);
  });

  it('round-trips any settings in range, and never throws on any text', () => {
    const number = (field: keyof typeof NETWORK_LIMITS) => {
      const { min, max, integer } = NETWORK_LIMITS[field];
      return integer
        ? fc.integer({ min, max })
        : fc.double({ min, max, noNaN: true }).map((v) => v + 0);
    };
    const settings = fc.record({
      margin: number('margin'),
      learningRate: number('learningRate'),
      optimiser: fc.constantFrom('adam' as const, 'sgd' as const),
      pairsPerStep: number('pairsPerStep'),
      similarShare: number('similarShare'),
      hidden: number('hidden'),
      digits: fc
        .uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1 })
        .map((d) => d.sort((a, b) => a - b)),
      seed: number('seed'),
    });
    fc.assert(
      fc.property(settings, (s) => {
        expect(readNetworkKeys(link(s))).toEqual({ settings: s, problems: [] });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = readNetworkKeys(`dm=${text}&digits=${text}&dopt=${text}`);
        expect(read.problems.every((p) => p.endsWith('.'))).toBe(true);
      }),
    );
  });

  it('lives in the page’s hash beside the scene, written by its one writer', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const bar: AddressBar & { location: { hash: string } } = {
      location: { hash: '#digits=4,9&dm=abc' },
      history: {
        replaceState(_data, _unused, url) {
          writes.push(url);
          bar.location.hash = url;
        },
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const store = createExplorerStore();
    const stop = connectHash(store, bar);
    expect(store.getState().network.digits).toEqual([4, 9]);
    expect(store.getState().notice?.problems[0]).toMatch(/"dm=abc": the network’s margin m/);
    store.getState().setNetwork({ margin: 3, seed: 7 });
    vi.advanceTimersByTime(2000);
    expect(writes.at(-1)).toBe('#digits=4,9&dm=3&dseed=7');
    stop();
    vi.useRealTimers();
  });
});

describe('the embedding file', () => {
  it('has one row an image with its digit, split and place', () => {
    const csv = embeddingCsv(
      new Uint8Array([3, 8]),
      new Uint8Array([0, 1]),
      new Float64Array([0.5, -1, 2, 0.25]),
    );
    expect(csv).toBe('index,digit,split,x,y\n0,3,train,0.5,-1\n1,8,heldout,2,0.25\n');
  });
});
