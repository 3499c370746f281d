import type { KnobDefinition } from '../../engine';
import { clamp, knobValue } from '../../scene/model';
import { useActions, useExplorer } from '../explorerContext';
import { capitalised } from '../kit/format';
import { knobText } from '../losses/knobText';
import './knob-slider.css';

/**
 * How a knob's slider moves: its ends and step along its own scale, the way between the knob's
 * values and positions on that scale, and the values labelled under the track.
 */
export interface KnobTrack {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Where a value sits on the track, held to its ends. */
  readonly positionOf: (value: number) => number;
  /** The value a position stands for. */
  readonly valueOf: (position: number) => number;
  readonly ticks: readonly number[];
}

/** A track on which the position is the value itself, from `min` to `max`. */
export const evenTrack = (
  min: number,
  max: number,
  step: number,
  ticks: readonly number[],
): KnobTrack => ({
  min,
  max,
  step,
  positionOf: (value) => clamp(value, min, max),
  valueOf: (position) => position,
  ticks,
});

/**
 * The knob of the active loss under the plane (the margin, InfoNCE's temperature, any loss's
 * knob), read from and written to the scene: its name and value above a slider, labelled ticks
 * under the track where they fall, and a note when the scene's value lies beyond the track. The
 * knob's definition names and writes it; the track says how the slider moves along it.
 */
export function KnobSlider({
  knob,
  track,
  className = '',
}: {
  knob: KnobDefinition;
  track: KnobTrack;
  className?: string;
}) {
  const value = useExplorer((state) => knobValue(state.scene, knob));
  const { setKnob } = useActions();
  const { min, max, positionOf, valueOf } = track;
  // The value as the page writes it, beside the name and for screen readers.
  const shown = `${knob.symbol} = ${knobText(knob, value)}`;
  const [lowest, highest] = [valueOf(min), valueOf(max)];
  const outside = value < lowest ? 'below' : value > highest ? 'beyond' : null;
  const ticks = track.ticks.map((tick) => ({
    position: positionOf(tick),
    // How far along the track it sits: 0 at the left end, 1 at the right.
    at: (positionOf(tick) - min) / (max - min),
    label: String(tick),
  }));
  const slider = `${knob.name}-slider`;
  const list = `${knob.name}-ticks`;
  return (
    <div className={`knob-control ${className}`.trim()}>
      <div className="knob-heading">
        <label htmlFor={slider}>{capitalised(knob.name)}</label>
        <output htmlFor={slider} data-testid={`${knob.field}-value`}>
          {shown}
        </output>
      </div>
      <input
        id={slider}
        type="range"
        min={min}
        max={max}
        step={track.step}
        value={positionOf(value)}
        list={list}
        aria-valuetext={shown}
        onChange={(event) => setKnob(knob, valueOf(Number(event.currentTarget.value)))}
      />
      <datalist id={list}>
        {ticks.map((tick) => (
          <option key={tick.label} value={tick.position} />
        ))}
      </datalist>
      <div className="knob-ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.label} style={{ ['--at' as string]: tick.at }}>
            {tick.label}
          </span>
        ))}
      </div>
      {outside && (
        <p className="muted">
          {`This scene's ${knob.name}, ${value}, lies ${outside} the slider's range; moving the slider brings it back within ${lowest}–${highest}.`}
        </p>
      )}
    </div>
  );
}
