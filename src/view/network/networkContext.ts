/** The digits figure's client (scene/network/networkClient.ts), handed to its parts by context. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { NetworkClient, NetworkView } from '../../scene/network/networkClient';

export const NetworkContext = createContext<NetworkClient | null>(null);

export function useNetworkClient(): NetworkClient {
  const client = useContext(NetworkContext);
  if (!client) throw new Error('The digits figure’s parts need its NetworkContext.');
  return client;
}

/** A part of what the worker last sent, following changes. */
export function useNetworkView<T>(select: (view: NetworkView) => T): T {
  return useStore(useNetworkClient().view, select);
}
