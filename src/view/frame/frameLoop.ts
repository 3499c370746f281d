/**
 * The page's one clock for what it shows. Input changes the store at once; once per animation
 * frame this loop evaluates the scene (once, whoever asks) and hands the frame on twice:
 *
 * - `live`, every frame something changed: the plane's canvas layers and the few numbers that
 *   must move with the hand (the total) draw from it;
 * - `paced`, for every other view (tables, charts, counts, the article): every frame too while the
 *   scene is small, but past LIVE_VIEWS_LIMIT points at most every PACED_INTERVAL ms while a hand
 *   is on the page or a run is training, and on the first frame after that ends, so they catch up
 *   exactly. A view that follows `paced` costs a frame a tenth as often, and never during the frame
 *   the hand is waiting for.
 *
 * See docs/architecture.md for who runs on each frame.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Evaluation } from '../../scene/evaluation';
import type { Scene } from '../../scene/model';
import type { Explorer, ExplorerStore } from '../../scene/store/store';
import { browserClock, type Clock } from '../../scene/effects/trainer';

/** Below this many points every view follows every frame, as the page always did. */
export const LIVE_VIEWS_LIMIT = 200;
/** Past it, how often the other views follow during a gesture, ms (ten times a second). */
export const PACED_INTERVAL = 100;

export interface Frame {
  /** The store's state the frame was drawn from. */
  readonly state: Explorer;
  readonly evaluation: Evaluation;
}

export interface FrameLoop {
  readonly live: StoreApi<Frame>;
  readonly paced: StoreApi<Frame>;
  /**
   * Follows the store (and `newer`) from now on, catching up at the next frame; returns the stop.
   * Started and stopped by an effect, so React's development double mount leaves it running.
   */
  start(): () => void;
}

/** Whether views past the limit should wait: a hand on the page, or a run that moves the points. */
const busy = (state: Explorer) => state.gesturing || state.training.status === 'running';

export function createFrameLoop(
  store: ExplorerStore,
  evaluate: (scene: Scene) => Evaluation,
  clock: Clock = browserClock,
  /** Another source of news than the store: a worker's finished result (offload.ts). */
  newer?: (listener: () => void) => () => void,
): FrameLoop {
  const first = (): Frame => {
    const state = store.getState();
    return { state, evaluation: evaluate(state.scene) };
  };
  const live = createStore<Frame>(first);
  const paced = createStore<Frame>(first);
  let handle: number | undefined;
  let scheduled = false;
  let catchUp: ReturnType<typeof setTimeout> | undefined;
  let publishedAt = clock.now();

  const request = () => {
    if (scheduled) return;
    scheduled = true;
    handle = clock.frame(tick);
  };

  function tick() {
    scheduled = false;
    handle = undefined;
    const state = store.getState();
    const frame = { state, evaluation: evaluate(state.scene) };
    live.setState(frame, true);
    const now = clock.now();
    const small = state.scene.points.length < LIVE_VIEWS_LIMIT;
    const wait = PACED_INTERVAL - (now - publishedAt);
    clearTimeout(catchUp);
    if (small || !busy(state) || wait <= 0) {
      publishedAt = now;
      paced.setState(frame, true);
    } else {
      // Not yet: come back when it is time, so the views are never left behind a hand held still.
      catchUp = setTimeout(request, wait);
    }
  }

  return {
    live,
    paced,
    start() {
      const unsubscribe = store.subscribe(request);
      const unsubscribeNewer = newer?.(request);
      request();
      return () => {
        unsubscribe();
        unsubscribeNewer?.();
        clearTimeout(catchUp);
        if (handle !== undefined) clock.cancel(handle);
        handle = undefined;
        scheduled = false;
      };
    },
  };
}
