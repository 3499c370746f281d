/**
 * Stand-ins for the parts of the browser the hash sync and autosave use: an address bar that
 * records what the page writes into it, and a storage kept in a Map that can fail the way
 * browsers do.
 */
import type { AddressBar } from '../scene/effects/hashSync';
import type { SceneStorage } from '../scene/effects/storage';

/** A stand-in for the address bar that records what the page writes into it. */
export function fakeAddressBar(hash: string) {
  const listeners = new Map<string, () => void>();
  const writes: string[] = [];
  const bar: AddressBar & { location: { hash: string } } = {
    location: { hash },
    history: {
      replaceState(_data, _unused, url) {
        writes.push(url);
        bar.location.hash = url;
      },
    },
    addEventListener: (type, listener) => listeners.set(type, listener),
    removeEventListener: (type) => listeners.delete(type),
  };
  const typeHash = (typed: string) => {
    bar.location.hash = typed;
    listeners.get('hashchange')?.();
  };
  return { bar, writes, typeHash };
}

/** A storage kept in a Map, which can be told to fail the way browsers do. */
export function fakeStorage(
  entries: Record<string, string> = {},
  fail: { get?: Error; set?: Error; setKey?: string } = {},
) {
  const items = new Map(Object.entries(entries));
  const writes: string[] = [];
  const storage: SceneStorage = {
    getItem(key) {
      if (fail.get) throw fail.get;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set && (!fail.setKey || fail.setKey === key)) throw fail.set;
      writes.push(key);
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items, writes };
}
