import './infonce.css';
import { TEMPERATURE } from '../../../engine';
import { knobValue } from '../../../scene/model';
import { KnobSlider } from '../../controls/KnobSlider';
import { useActions, useExplorer } from '../../explorerContext';
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

const TICKS = TAU_TICKS.map((t) => ({
  position: positionOfTau(t),
  at: fractionOfTau(t),
  label: String(t),
}));

/**
 * InfoNCE's temperature τ on a log scale from 0.01 to 10, in the margin slider's place and look:
 * small τ sharpens each anchor's softmax towards its most similar candidate, large τ flattens it.
 */
export function TemperatureSlider() {
  const tau = useExplorer((state) => knobValue(state.scene, TEMPERATURE));
  const { setKnob } = useActions();
  const outside = outsideSlider(tau);
  return (
    <KnobSlider
      id="temperature"
      label="Temperature"
      valueTestId="tau-value"
      shown={`τ = ${formatTau(tau)}`}
      min={MIN_POSITION}
      max={MAX_POSITION}
      step={POSITION_STEP}
      position={positionOfTau(tau)}
      onPosition={(position) => setKnob(TEMPERATURE, tauOfPosition(position))}
      ticks={TICKS}
      note={
        outside &&
        `This scene's temperature, ${tau}, lies ${outside === 'below' ? 'below' : 'beyond'} the slider's range; moving the slider brings it back within ${SLIDER_MIN_TAU}–${SLIDER_MAX_TAU}.`
      }
      className="temperature-control"
    />
  );
}
