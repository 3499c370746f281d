import '../controls/margin-slider.css';
import './infonce.css';
import { temperatureOf } from '../../scene/model';
import { useActions, useExplorer } from '../explorerContext';
import {
  formatTau,
  fractionOfTau,
  MAX_POSITION,
  MIN_POSITION,
  outsideSlider,
  POSITION_STEP,
  positionOfTau,
  SLIDER_MAX_TAU,
  SLIDER_MIN_TAU,
  TAU_TICKS,
  tauOfPosition,
} from './temperatureScale';

/**
 * InfoNCE's temperature τ on a log scale from 0.01 to 10, in the margin slider's place and look:
 * small τ sharpens each anchor's softmax towards its most similar candidate, large τ flattens it.
 */
export function TemperatureSlider() {
  const tau = useExplorer((state) => temperatureOf(state.scene));
  const { setTemperature } = useActions();
  const shown = `τ = ${formatTau(tau)}`;
  const outside = outsideSlider(tau);
  return (
    <div className="margin-control temperature-control">
      <div className="margin-heading">
        <label htmlFor="temperature-slider">Temperature</label>
        <output htmlFor="temperature-slider" data-testid="tau-value">
          {shown}
        </output>
      </div>
      <input
        id="temperature-slider"
        type="range"
        min={MIN_POSITION}
        max={MAX_POSITION}
        step={POSITION_STEP}
        value={positionOfTau(tau)}
        list="temperature-ticks"
        aria-valuetext={shown}
        onChange={(event) => setTemperature(tauOfPosition(Number(event.currentTarget.value)))}
      />
      <datalist id="temperature-ticks">
        {TAU_TICKS.map((t) => (
          <option key={t} value={Math.log10(t)} />
        ))}
      </datalist>
      <div className="margin-ticks" aria-hidden="true">
        {TAU_TICKS.map((t) => (
          <span key={t} style={{ ['--at' as string]: fractionOfTau(t) }}>
            {t}
          </span>
        ))}
      </div>
      {outside && (
        <p className="muted">
          This scene's temperature, {tau}, lies {outside === 'below' ? 'below' : 'beyond'} the
          slider's range; moving the slider brings it back within {SLIDER_MIN_TAU}–{SLIDER_MAX_TAU}.
        </p>
      )}
    </div>
  );
}
