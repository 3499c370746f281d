import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { connectHash } from '../scene/effects/hashSync';
import { connectStorage, storageOf } from '../scene/effects/storage';
import { readViewKeys } from '../scene/codec/viewLink';
import { connectGestures } from '../scene/store/storeHistory';
import { createExplorerStore } from '../scene/store/store';
import { watchUpdates, withoutServiceWorker } from '../view/offline/pageUpdates';
import { readTheme } from '../view/theme/theme';
import { App } from './App';
import './theme.css';
import './base.css';
import './layout.css';
import './figure-layout.css';

const store = createExplorerStore();
// The reader's theme from an earlier visit, if the browser kept it.
store.getState().chooseTheme(readTheme());
// In another page's frame (embed=1) the page shows its link's scene and keeps nothing: the
// reader's own work is not the frame's to bring back or to overwrite, and a frame the browser
// gives no storage (a sandbox) has nothing to say about saving.
const embedded = readViewKeys(window.location.hash).embed;
// Saved work first, then the link: a link wins over it, and a broken link can offer it back.
if (embedded) connectHash(store, window);
else connectHash(store, window, { autosave: connectStorage(store, storageOf(window)) });
connectGestures(store, window);
// The service worker keeps the page for offline use (a no-op on the development server). A frame
// keeps no copy: its course page needs the network anyway, and a student there should not fetch
// the whole site (1.4 MB) for one figure, nor be told of its new versions.
const updates = watchUpdates(embedded ? withoutServiceWorker : registerSW, {
  document,
  navigator,
  now: Date.now,
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} updates={updates} />
    </StrictMode>,
  );
}
