import { lossIdOf } from '../../scene/model';
import { lossIds, lossOf } from '../../engine';
import { useActions, useExplorer } from '../explorerContext';
import './loss-switcher.css';

/**
 * Which loss scores the points (link key `loss`): a radio group, so arrow keys move between the
 * losses. Switching keeps the points, the chosen point and the training controls.
 */
export function LossSwitcher() {
  const active = useExplorer((state) => lossIdOf(state.scene));
  const { setLoss } = useActions();
  return (
    <fieldset className="loss-switcher">
      <legend>Loss</legend>
      {lossIds().map((id) => (
        <label key={id} className={id === active ? 'chosen' : undefined}>
          <input
            type="radio"
            name="loss"
            value={id}
            checked={id === active}
            onChange={() => setLoss(id)}
          />
          {lossOf(id).name}
        </label>
      ))}
    </fieldset>
  );
}
