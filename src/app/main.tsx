import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHash } from '../scene/hashSync';
import { connectGestures } from '../scene/storeHistory';
import { createExplorerStore } from '../scene/store';
import { App } from './App';
import './styles.css';

const store = createExplorerStore();
connectHash(store, window);
connectGestures(store, window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
