import './infonce.css';
import { TEMPERATURE } from '../../../engine';
import { KnobSlider } from '../../controls/KnobSlider';
import { TEMPERATURE_TRACK } from './temperatureScale';

/**
 * InfoNCE's temperature τ on a log scale from 0.01 to 10, in the margin slider's place and look:
 * small τ sharpens each anchor's softmax towards its most similar candidate, large τ flattens it.
 */
export function TemperatureSlider() {
  return (
    <KnobSlider knob={TEMPERATURE} track={TEMPERATURE_TRACK} className="temperature-control" />
  );
}
