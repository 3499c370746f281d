/** Registers the spring loss with the engine and the view; returns what takes it out again. */
import { registerLoss } from '../../engine';
import { registerLossView } from '../../view/losses/lossViews';
import { SPRING } from './definition';
import { SPRING_VIEW } from './view';

export function registerSpringLoss(): () => void {
  const dropLoss = registerLoss(SPRING);
  const dropView = registerLossView(SPRING.id, SPRING_VIEW);
  return () => {
    dropView();
    dropLoss();
  };
}
