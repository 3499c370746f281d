/**
 * A stand-in for vite-plugin-pwa's `registerSW` and the browser around it, so the update notice's
 * logic runs in Node and jsdom: the test says when a new version waits, when the tab is shown,
 * whether the network is there and what time it is, and reads what the page asked for.
 */
import type { RegisterOptions, UpdateEnvironment } from '../view/offline/pageUpdates';

export function fakeServiceWorker() {
  let options: RegisterOptions = {};
  const reloads: (boolean | undefined)[] = [];
  let updateChecks = 0;
  let failChecks = false;
  const registration = {
    update: () => {
      updateChecks += 1;
      return failChecks ? Promise.reject(new TypeError('offline')) : Promise.resolve();
    },
  } as unknown as ServiceWorkerRegistration;

  let visibility: DocumentVisibilityState = 'visible';
  const visibilityListeners: (() => void)[] = [];
  const navigator = { onLine: true };
  let time = 0;
  const environment: UpdateEnvironment = {
    document: {
      get visibilityState() {
        return visibility;
      },
      addEventListener: ((type: string, listener: () => void) => {
        if (type === 'visibilitychange') visibilityListeners.push(listener);
      }) as Document['addEventListener'],
    },
    navigator,
    now: () => time,
  };

  return {
    environment,
    register: (given: RegisterOptions) => {
      options = given;
      return (reloadPage?: boolean) => {
        reloads.push(reloadPage);
        return Promise.resolve();
      };
    },
    /** The worker registered, and the browser handed over its registration. */
    registered: () => options.onRegisteredSW?.('./sw.js', registration),
    /** The browser refused the worker. */
    refused: () => options.onRegisterError?.(new Error('registration refused')),
    /** A new version installed and now waits. */
    newVersion: () => options.onNeedRefresh?.(),
    /** The tab is hidden or shown again at `at` ms. */
    show: (state: DocumentVisibilityState, at: number) => {
      visibility = state;
      time = at;
      for (const listener of visibilityListeners) listener();
    },
    goOffline: (offline = true) => {
      navigator.onLine = !offline;
    },
    failChecks: () => {
      failChecks = true;
    },
    reloads,
    updateChecks: () => updateChecks,
  };
}
