import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHash } from '../scene/hashSync';
import { connectStorage, storageOf } from '../scene/storage';
import { connectGestures } from '../scene/storeHistory';
import { createExplorerStore } from '../scene/store';
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
