import { useState } from 'react';
import { pairCountOf } from '../../engine';
import { readAnswer } from './check';

const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** How many pairs, positives and negatives a data set of n items makes, for any n and share. */
export function PairCalculator() {
  const [items, setItems] = useState('10,000');
  const [share, setShare] = useState('0.5');
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
      <div className="calculator-inputs">
        <label>
          <span>n (items)</span>
          <input
            type="text"
            inputMode="numeric"
            value={items}
            onChange={(e) => setItems(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>positive share (%)</span>
          <input
            type="text"
            inputMode="decimal"
            value={share}
            onChange={(e) => setShare(e.currentTarget.value)}
          />
        </label>
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
