/**
 * Whether a new version of the page waits to be used. The service worker keeps the page for
 * offline use; when a visit finds a newer build, its worker installs beside the old one and waits,
 * so a lesson never changes under the reader. This says so, and swaps the new one in (reloading
 * the page) only when the reader asks.
 */

/** The part of vite-plugin-pwa's `registerSW` (virtual:pwa-register) the page uses. */
export interface RegisterOptions {
  onNeedRefresh?: () => void;
  onRegisteredSW?: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
  onRegisterError?: (error: unknown) => void;
}

/** Registers the worker; the function it returns activates a waiting one and reloads the page. */
export type RegisterServiceWorker = (
  options: RegisterOptions,
) => (reloadPage?: boolean) => Promise<void>;

/** For a page that keeps no offline copy: nothing is registered, so no new version is ever news. */
export const withoutServiceWorker: RegisterServiceWorker = () => () => Promise.resolve();

/** What of the browser the watch reads: visibility, the network, a clock. */
export interface UpdateEnvironment {
  readonly document: Pick<Document, 'visibilityState' | 'addEventListener'>;
  readonly navigator: Pick<Navigator, 'onLine'>;
  readonly now: () => number;
}

/** Plain functions, not methods, so that React can be handed them as they are. */
export interface PageUpdates {
  /** True while a new version waits and the reader has not put it off. */
  readonly ready: () => boolean;
  readonly subscribe: (listener: () => void) => () => void;
  /** Activates the waiting version; the page reloads once it controls the page. */
  readonly reload: () => Promise<void>;
  /** "Later": the notice goes until a still newer version arrives. */
  readonly dismiss: () => void;
}

/**
 * The browser looks for a new version at every load. A page kept open through a day of classes
 * looks again when it is shown after being hidden, at most once an hour: one small request for
 * sw.js, which the browser compares byte for byte.
 */
export const CHECK_INTERVAL = 60 * 60 * 1000;

export function watchUpdates(
  register: RegisterServiceWorker,
  environment: UpdateEnvironment,
): PageUpdates {
  const listeners = new Set<() => void>();
  let shown = false;
  const show = (value: boolean) => {
    shown = value;
    for (const listener of listeners) listener();
  };

  const checkWhenShown = (registration: ServiceWorkerRegistration) => {
    const { document, navigator, now } = environment;
    let checked = now();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || !navigator.onLine) return;
      if (now() - checked < CHECK_INTERVAL) return;
      checked = now();
      // A check that fails (the network went, the host is down) only means no news: the next
      // one tries again, and the page works as it is.
      registration.update().catch(() => undefined);
    });
  };

  const activate = register({
    onNeedRefresh: () => show(true),
    onRegisteredSW: (_url, registration) => {
      if (registration) checkWhenShown(registration);
    },
    // No worker (a private window, a browser that refuses it, a file: page): the page works
    // as before, only not offline, and there is nothing to tell the reader.
    onRegisterError: () => undefined,
  });

  return {
    ready: () => shown,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload: () => activate(true),
    dismiss: () => show(false),
  };
}
