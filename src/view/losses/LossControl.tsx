import { lossIdOf } from '../../scene/model';
import { useExplorer } from '../explorerContext';
import { lossView } from './lossViews';

/** The knob of the active loss under the plane: the margin, or InfoNCE's temperature. */
export function LossControl() {
  const { Control } = lossView(useExplorer((state) => lossIdOf(state.scene)));
  return <Control />;
}
