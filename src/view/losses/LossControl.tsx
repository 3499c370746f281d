import { useExplorer } from '../explorerContext';
import { LOSS_VIEWS } from './lossViews';

/** The knob of the active loss under the plane: the margin, or InfoNCE's temperature. */
export function LossControl() {
  const { Control } = LOSS_VIEWS[useExplorer((state) => state.scene.loss ?? 'contrastive')];
  return <Control />;
}
