import type { ReactNode } from 'react';
import './knob-slider.css';

export interface Tick {
  /** Where the tick sits on the slider's own scale. */
  readonly position: number;
  /** How far along the track it sits: 0 at the left end, 1 at the right. */
  readonly at: number;
  readonly label: string;
}

/**
 * The knob of the active loss under the plane (the margin, InfoNCE's temperature): its name and
 * value above a slider, labelled ticks under the track where they fall, and a note when the
 * scene's value lies beyond the track. The slider moves along its own scale (`position`); the
 * knob's owner turns positions into values and back.
 */
export function KnobSlider({
  id,
  label,
  valueTestId,
  shown,
  min,
  max,
  step,
  position,
  onPosition,
  ticks,
  note,
  className = '',
}: {
  /** Names the slider (`${id}-slider`) and its ticks. */
  id: string;
  label: string;
  valueTestId: string;
  /** The value as the page writes it, beside the name and for screen readers. */
  shown: string;
  min: number;
  max: number;
  step: number;
  position: number;
  onPosition: (position: number) => void;
  ticks: readonly Tick[];
  /** Shown under the ticks: why the knob is off the track, or nothing. */
  note: ReactNode;
  className?: string;
}) {
  const slider = `${id}-slider`;
  return (
    <div className={`knob-control ${className}`.trim()}>
      <div className="knob-heading">
        <label htmlFor={slider}>{label}</label>
        <output htmlFor={slider} data-testid={valueTestId}>
          {shown}
        </output>
      </div>
      <input
        id={slider}
        type="range"
        min={min}
        max={max}
        step={step}
        value={position}
        list={`${id}-ticks`}
        aria-valuetext={shown}
        onChange={(event) => onPosition(Number(event.currentTarget.value))}
      />
      <datalist id={`${id}-ticks`}>
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
      {note && <p className="muted">{note}</p>}
    </div>
  );
}
