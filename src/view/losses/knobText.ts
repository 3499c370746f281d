import type { KnobDefinition } from '../../engine';
import { fixed2 } from '../kit/format';
import { formatTau } from './infonce/temperatureScale';

/**
 * A knob's value as the page writes it: two decimals on an even scale (m = 1.00), three
 * significant digits on a ratio scale, where 0.05 and 0.001 both matter (τ = 0.10).
 */
export const knobText = (knob: KnobDefinition, value: number): string =>
  knob.scale === 'log' ? formatTau(value) : fixed2(value);
