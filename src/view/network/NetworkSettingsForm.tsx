/**
 * The network's settings. The margin, learning rate, optimiser, pairs per step and share of
 * similar pairs act at the next step; the hidden units, the digits and the seed start a new run.
 */
import { useState } from 'react';
import { NETWORK_LIMITS, OPTIMISERS } from '../../engine';
import { useActions, useExplorer } from '../explorerContext';
import { fixed2 } from '../kit/format';
import { digitColour } from './digitMarks';

const RATES = [0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 10, 100, 1000];
const PAIRS = [16, 32, 64, 128, 256, 512];
const HIDDEN = [2, 4, 8, 16, 32, 64, 128];

/** The offered values, and the current one where a link set another. */
const withCurrent = (values: readonly number[], current: number) =>
  values.includes(current) ? values : [...values, current].sort((a, b) => a - b);

/** A setting chosen from a list of values. */
function Choice({
  label,
  field,
  values,
}: {
  label: string;
  field: 'learningRate' | 'pairsPerStep' | 'hidden';
  values: readonly number[];
}) {
  const value = useExplorer((state) => state.network[field]);
  const { setNetwork } = useActions();
  return (
    <label className="digits-setting">
      {label}
      <select
        value={value}
        onChange={(event) => setNetwork({ [field]: Number(event.target.value) })}
      >
        {withCurrent(values, value).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

function SeedInput() {
  const seed = useExplorer((state) => state.network.seed);
  const { setNetwork } = useActions();
  const [text, setText] = useState<string | null>(null);
  const { min, max } = NETWORK_LIMITS.seed;
  const typed = text ?? String(seed);
  const value = Number(typed);
  const valid = /^\d+$/.test(typed.trim()) && value >= min && value <= max;
  return (
    <label className="digits-setting">
      Seed
      <input
        type="text"
        inputMode="numeric"
        value={typed}
        aria-invalid={!valid}
        aria-describedby="digits-seed-problem"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (valid) setNetwork({ seed: value });
          setText(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && valid) setNetwork({ seed: value });
        }}
      />
      {!valid && (
        <span id="digits-seed-problem" className="digits-problem" role="alert">
          The seed must be a whole number from {min} to {max.toLocaleString('en-US')}.
        </span>
      )}
    </label>
  );
}

function DigitChoice() {
  const digits = useExplorer((state) => state.network.digits);
  const { setNetwork } = useActions();
  const toggle = (digit: number) => {
    const next = digits.includes(digit) ? digits.filter((d) => d !== digit) : [...digits, digit];
    if (next.length > 0) setNetwork({ digits: next });
  };
  return (
    <fieldset className="digits-choice">
      <legend>Digits to train on</legend>
      {Array.from({ length: 10 }, (_, digit) => (
        <label key={digit} style={{ color: digitColour(digit) }}>
          <input
            type="checkbox"
            checked={digits.includes(digit)}
            disabled={digits.length === 1 && digits.includes(digit)}
            onChange={() => toggle(digit)}
          />
          {digit}
        </label>
      ))}
    </fieldset>
  );
}

export function NetworkSettingsForm() {
  const network = useExplorer((state) => state.network);
  const { setNetwork } = useActions();
  const { margin } = NETWORK_LIMITS;
  return (
    <div className="digits-settings">
      <label className="digits-setting digits-slider">
        <span>
          Margin <output>m = {fixed2(network.margin)}</output>
        </span>
        <input
          type="range"
          aria-label="Margin"
          min={margin.min}
          max={margin.max}
          step={0.05}
          value={network.margin}
          onChange={(event) => setNetwork({ margin: Number(event.target.value) })}
        />
      </label>
      <label className="digits-setting digits-slider">
        <span>
          Similar pairs <output>{Math.round(network.similarShare * 100)}%</output>
        </span>
        <input
          type="range"
          aria-label="Share of similar pairs"
          min={0}
          max={1}
          step={0.05}
          value={network.similarShare}
          onChange={(event) => setNetwork({ similarShare: Number(event.target.value) })}
        />
      </label>
      <Choice label="Learning rate" field="learningRate" values={RATES} />
      <label className="digits-setting">
        Optimiser
        <select
          value={network.optimiser}
          onChange={(event) => {
            const optimiser = OPTIMISERS.find((name) => name === event.target.value);
            if (optimiser) setNetwork({ optimiser });
          }}
        >
          <option value="adam">Adam</option>
          <option value="sgd">plain SGD</option>
        </select>
      </label>
      <Choice label="Pairs per step" field="pairsPerStep" values={PAIRS} />
      <Choice label="Hidden units" field="hidden" values={HIDDEN} />
      <SeedInput />
      <DigitChoice />
    </div>
  );
}
