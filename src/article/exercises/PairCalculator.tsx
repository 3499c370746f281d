import { useState } from 'react';
import { pairCountOf } from '../../engine';
import { readAnswer } from './check';

/** The example the calculator opens on: 100 items, 10% of their pairs positive. */
export const EXAMPLE = { items: '100', share: '10' } as const;

const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * How many pairs, positives and negatives a data set of n items makes, for any n and share. It
 * opens on a small example of its own, not on the exercise's numbers, so it shows the method
 * without reading out the answers.
 */
export function PairCalculator() {
  const [items, setItems] = useState<string>(EXAMPLE.items);
  const [share, setShare] = useState<string>(EXAMPLE.share);
  const n = readAnswer(items);
  const percent = readAnswer(share);
  const nProblem =
    n === undefined || !Number.isInteger(n) || n < 2 || n > 1e9
      ? 'Give n as a whole number from 2 to 1,000,000,000.'
      : '';
  const shareProblem =
    percent === undefined || percent <= 0 || percent > 100
      ? 'Give the positive share as a percentage above 0 and at most 100.'
      : '';
  const pairs = nProblem ? 0 : pairCountOf(n!);
  const positives = shareProblem ? 0 : (pairs * percent!) / 100;
  return (
    <div className="calculator" role="group" aria-label="Pair calculator">
      <p className="calculator-title">Pair calculator</p>
      <p className="calculator-note">
        It starts on a small data set, {EXAMPLE.items} items with {EXAMPLE.share}% of their pairs
        positive: work that one out by hand and compare, then try any other numbers.
      </p>
      <div className="calculator-inputs">
        <Field label="n (items)" inputMode="numeric" value={items} onChange={setItems} />
        <Field label="positive share (%)" inputMode="decimal" value={share} onChange={setShare} />
      </div>
      {nProblem || shareProblem ? (
        <p className="calculator-problem" role="alert">
          {nProblem} {shareProblem}
        </p>
      ) : (
        <dl className="calculator-results" data-testid="pair-calculator">
          <div>
            <dt>pairs n(n − 1)/2</dt>
            <dd>{count(pairs)}</dd>
          </div>
          <div>
            <dt>positive</dt>
            <dd>{count(positives)}</dd>
          </div>
          <div>
            <dt>negative</dt>
            <dd>{count(pairs - positives)}</dd>
          </div>
          <div>
            <dt>negatives per positive</dt>
            <dd>{positives > 0 ? count((pairs - positives) / positives) : '—'}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}

/** One of the calculator's inputs: a labelled field whose text is read as a number above. */
function Field({
  label,
  inputMode,
  value,
  onChange,
}: {
  label: string;
  inputMode: 'numeric' | 'decimal';
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <input
        type="text"
        inputMode={inputMode}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </label>
  );
}
