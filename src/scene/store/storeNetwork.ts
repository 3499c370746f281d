/**
 * The digits network's settings: what the link holds for that part of the page
 * (codec/networkLink.ts), and what its worker is told. The run itself, its weights and its map,
 * live in the worker and in the section's own run store (network/networkClient.ts).
 */
import {
  DEFAULT_NETWORK_SETTINGS,
  NETWORK_LIMITS,
  type NetworkSettings,
  type NumericNetworkSetting,
} from '../../engine';
import type { NetworkLink } from '../codec/networkLink';
import { clamp } from '../model';
import type { GetExplorer, SetExplorer } from './store';

export interface NetworkState {
  readonly network: NetworkSettings;
}

export interface NetworkActions {
  /** Changes some settings; numbers are held to their ranges, digits to a non-empty set. */
  setNetwork: (change: Partial<NetworkSettings>) => void;
  /** The network's keys of a link, on start and when the hash is edited by hand. */
  readNetworkLink: (link: NetworkLink) => void;
}

const NUMERIC = Object.keys(NETWORK_LIMITS) as NumericNetworkSetting[];

function held(settings: NetworkSettings): NetworkSettings {
  const next = { ...settings };
  for (const field of NUMERIC) {
    const { min, max, integer } = NETWORK_LIMITS[field];
    const value = clamp(settings[field], min, max);
    next[field] = integer ? Math.round(value) : value;
  }
  const digits = [...new Set(settings.digits)].filter(
    (d) => Number.isInteger(d) && d >= 0 && d <= 9,
  );
  next.digits = digits.length > 0 ? digits.sort((a, b) => a - b) : DEFAULT_NETWORK_SETTINGS.digits;
  return next;
}

export function networkSlice(set: SetExplorer, get: GetExplorer): NetworkState & NetworkActions {
  return {
    network: DEFAULT_NETWORK_SETTINGS,
    setNetwork(change) {
      set({ network: held({ ...get().network, ...change }) });
    },
    readNetworkLink({ settings, problems }) {
      set({ network: held(settings) });
      if (problems.length > 0)
        get().showNotice('Some of the link’s settings for the digits network could not be read', [
          ...problems,
          'The other settings are as the link says; those are at their defaults.',
        ]);
    },
  };
}
