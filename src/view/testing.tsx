import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Scene } from '../scene/model';
import { createExplorerStore } from '../scene/store';
import { ExplorerProvider } from './explorerContext';

/** Renders a view with a fresh store of its own, returned for driving and inspecting. */
export function renderWithStore(view: ReactElement, scene?: Scene) {
  const store = createExplorerStore(scene);
  const result = render(<ExplorerProvider store={store}>{view}</ExplorerProvider>);
  return { store, ...result };
}
