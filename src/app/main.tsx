import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHash } from '../scene/effects/hashSync';
import { connectStorage, storageOf } from '../scene/effects/storage';
import { connectGestures } from '../scene/store/storeHistory';
import { createExplorerStore } from '../scene/store/store';
import { readTheme } from '../view/presentation/theme';
import { App } from './App';
import './theme.css';
import './base.css';
import './layout.css';
import './figure-layout.css';

const store = createExplorerStore();
// The reader's theme from an earlier visit, if the browser kept it.
store.getState().chooseTheme(readTheme());
// Saved work first, then the link: a link wins over it, and a broken link can offer it back.
const autosave = connectStorage(store, storageOf(window));
connectHash(store, window, { autosave });
connectGestures(store, window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
