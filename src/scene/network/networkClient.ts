/**
 * The page's side of the digits network: loads the images, starts the worker, tells it each new
 * setting from the explorer store, and keeps what it sends in a small store of its own that the
 * section draws from. Play, Pause, Step and Reset go to the worker as they are pressed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DigitImages } from '../../engine';
import type { Checked } from '../model';
import type { ExplorerStore } from '../store/store';
import type { AccuracyPoint, FromNetwork, PaintState, ToNetwork } from './protocol';

/** The worker as the page talks to it; tests hand in one that runs in the same thread. */
export interface NetworkPort {
  post(message: ToNetwork, transfer?: Transferable[]): void;
  listen(hear: (message: FromNetwork) => void, failed: (why: string) => void): void;
  close(): void;
}

export interface NetworkView {
  /** loading: the data file is on its way; failed: it could not be read (see problems). */
  readonly status: 'loading' | 'failed' | 'ready';
  readonly problems: readonly string[];
  readonly images: DigitImages | null;
  /** 1 for each held-out image. */
  readonly heldOut: Uint8Array | null;
  readonly pca: Float64Array | null;
  readonly pcaAccuracy: number | null;
  readonly steps: number;
  readonly playing: boolean;
  /** Each step's mean loss, step 1 first. */
  readonly losses: readonly number[];
  readonly accuracy: readonly AccuracyPoint[];
  /** Every image's place on the network's map, two numbers an image. */
  readonly map: Float64Array | null;
  readonly divergedAt: number | null;
  /** The image under the pointer or the keyboard's cursor, or -1. */
  readonly hovered: number;
  /** Up to two images picked on the map, whose pair the formula card shows. */
  readonly picked: readonly number[];
  /** Whether the worker draws the network's map; false once it said it cannot. */
  readonly drawnInWorker: boolean;
}

export interface NetworkClient {
  readonly view: StoreApi<NetworkView>;
  /** Loads the data (again, after a failure) and starts the run. */
  readonly load: () => Promise<void>;
  readonly play: () => void;
  readonly pause: () => void;
  readonly step: () => void;
  readonly reset: () => void;
  readonly hover: (image: number) => void;
  /** Picks an image; a third pick starts a new pair. */
  readonly pick: (image: number) => void;
  readonly unpick: () => void;
  /** How the worker should draw the map, with the canvas to draw on the first time. */
  readonly paint: (state: PaintState, canvas?: OffscreenCanvas) => void;
  /** Stops the worker and stops following the settings; a later load starts them again. */
  readonly close: () => void;
}

/**
 * While the network plays, the numbers (step, accuracy) and the curves follow at most this often,
 * ms; the map, which the worker draws itself, moves with every message.
 */
const NUMBERS_MS = 250;

const EMPTY: NetworkView = {
  status: 'loading',
  problems: [],
  images: null,
  heldOut: null,
  pca: null,
  pcaAccuracy: null,
  steps: 0,
  playing: false,
  losses: [],
  accuracy: [],
  map: null,
  divergedAt: null,
  hovered: -1,
  picked: [],
  drawnInWorker: true,
};

export function createNetworkClient(
  explorer: ExplorerStore,
  spawn: () => NetworkPort,
  fetchImages: () => Promise<Checked<DigitImages>>,
  now: () => number = () => performance.now(),
): NetworkClient {
  const view = createStore<NetworkView>()(() => EMPTY);
  let port: NetworkPort | null = null;
  let run = 0;
  // Every step's loss and every score of this run, published to the view as NUMBERS_MS allows.
  let losses: number[] = [];
  let accuracy: AccuracyPoint[] = [];
  let numbersAt = -Infinity;
  // Each load and each close starts a new generation: a load overtaken by either gives up.
  let generation = 0;

  const hear = (message: FromNetwork) => {
    if (message.kind === 'paint-failed') {
      view.setState({ drawnInWorker: false });
      return;
    }
    if (message.kind === 'run') {
      run = message.run;
      losses = [];
      accuracy = [];
      view.setState({
        heldOut: message.heldOut,
        pca: message.pca,
        pcaAccuracy: message.pcaAccuracy,
        steps: 0,
        losses: [],
        accuracy: [],
        divergedAt: null,
      });
      return;
    }
    // Progress of a run the page has already replaced is old news.
    if (message.run !== run) return;
    losses.push(...message.losses);
    accuracy.push(...message.accuracy);
    // The map moves with every message; the numbers and the curves, whose text and paths the
    // page must lay out and paint again, a few times a second, and at once when the run stops.
    const due = !message.playing || now() - numbersAt >= NUMBERS_MS;
    if (due) numbersAt = now();
    view.setState({
      playing: message.playing,
      map: message.map,
      divergedAt: message.divergedAt,
      ...(due ? { steps: message.steps, losses: [...losses], accuracy: [...accuracy] } : {}),
    });
  };

  const fail = (problems: readonly string[]) =>
    view.setState({ ...EMPTY, status: 'failed', problems, picked: view.getState().picked });

  const send = (message: ToNetwork) => port?.post(message);
  let unfollow = () => {};

  return {
    view,
    load: async () => {
      const mine = ++generation;
      view.setState({ ...EMPTY, picked: view.getState().picked });
      const images = await fetchImages();
      if (mine !== generation) return;
      if (!images.ok) {
        fail(images.problems);
        return;
      }
      port?.close();
      port = spawn();
      port.listen(hear, (why) => fail([why]));
      view.setState({ status: 'ready', images: images.value });
      port.post({ kind: 'start', images: images.value, settings: explorer.getState().network });
      unfollow();
      unfollow = explorer.subscribe((state, previous) => {
        if (state.network !== previous.network) send({ kind: 'settings', settings: state.network });
      });
    },
    play: () => send({ kind: 'play' }),
    pause: () => send({ kind: 'pause' }),
    step: () => send({ kind: 'step' }),
    reset: () => send({ kind: 'reset' }),
    hover: (hovered) => view.setState({ hovered }),
    pick: (image) => {
      const { picked } = view.getState();
      if (picked.includes(image)) return;
      view.setState({ picked: picked.length >= 2 ? [image] : [...picked, image] });
    },
    unpick: () => view.setState({ picked: [] }),
    paint: (state, canvas) =>
      port?.post({ kind: 'paint', state, ...(canvas ? { canvas } : {}) }, canvas ? [canvas] : []),
    close: () => {
      generation++;
      unfollow();
      port?.close();
      port = null;
    },
  };
}
