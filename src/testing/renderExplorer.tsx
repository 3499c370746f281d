import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Scene } from '../scene/model';
import { createExplorerStore } from '../scene/store/store';
import type { Clock } from '../scene/effects/trainer';
import { ExplorerProvider } from '../view/explorerContext';

/**
 * A frame clock whose frames come at once: a component test sees every change drawn within the
 * same act(), as if each edit were followed by its animation frame.
 */
export const immediateFrames: Clock = {
  now: () => performance.now(),
  frame: (callback) => {
    callback();
    return 0;
  },
  cancel: () => {},
};

/** Renders a view with a fresh store of its own, returned for driving and inspecting. */
export function renderWithStore(view: ReactElement, scene?: Scene) {
  const store = createExplorerStore(scene);
  const result = render(
    <ExplorerProvider store={store} clock={immediateFrames}>
      {view}
    </ExplorerProvider>,
  );
  return { store, ...result };
}
