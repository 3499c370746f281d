import { useState } from 'react';
import './pair-table.css';
import type { Evaluation } from '../../scene/evaluation';
import { useActions, useEvaluation, useExplorer } from '../explorerContext';
import { fixed4 } from '../format';
import { identityColour } from '../identityStyle';
import { pairIsLit } from '../plane/layout';

/** Rows per page; the contract keeps the first 200 pairs' rows in the DOM. */
export const PAGE_SIZE = 200;

/** The pair contributing most to the total, or -1 when every pair is at rest. */
export function largestPair({ loss, pairs }: Evaluation): number {
  let best = -1;
  for (let p = 0; p < pairs.count; p++)
    if (loss[p]! > 0 && (best < 0 || loss[p]! > loss[best]!)) best = p;
  return best;
}

/** Pair | y | D | loss for every pair, with the total, linked to the plane by hover and focus. */
export function PairTable() {
  const evaluation = useEvaluation();
  const highlight = useExplorer((state) => state.highlight);
  const selected = useExplorer((state) => state.selectedPair);
  const { setHighlight, selectPair } = useActions();
  const [requestedPage, setPage] = useState(0);
  const { pairs, distance, loss, scene, identityOf, total } = evaluation;
  const pages = Math.max(1, Math.ceil(pairs.count / PAGE_SIZE));
  const page = Math.min(requestedPage, pages - 1);
  const top = largestPair(evaluation);
  const largest = top >= 0 ? loss[top]! : 0;
  const rows = [];
  for (let p = page * PAGE_SIZE; p < Math.min(pairs.count, (page + 1) * PAGE_SIZE); p++) {
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    const a = scene.points[i]!;
    const b = scene.points[j]!;
    const similar = pairs.similar[p] === 1;
    const lit = pairIsLit(evaluation, p, highlight);
    const share = largest > 0 ? loss[p]! / largest : 0;
    rows.push(
      <tr
        key={p}
        data-testid="pair-row"
        data-pair={`${a.label},${b.label}`}
        data-y={similar ? 1 : 0}
        data-d={String(distance[p])}
        data-loss={String(loss[p])}
        tabIndex={0}
        aria-selected={p === selected}
        data-selected={p === selected}
        className={`${lit ? 'lit' : ''}${p === top ? ' top' : ''}${loss[p] === 0 ? ' resting' : ''}`}
        onClick={() => selectPair(p)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            selectPair(p);
          }
        }}
        onPointerEnter={() => setHighlight({ kind: 'pair', index: p })}
        onPointerLeave={() => setHighlight(null)}
        onFocus={() => setHighlight({ kind: 'pair', index: p })}
        onBlur={() => setHighlight(null)}
      >
        <th scope="row">
          <span className="swatch" style={{ background: identityColour(identityOf[i]!) }} />
          {a.label}–{b.label}
          <span className="swatch" style={{ background: identityColour(identityOf[j]!) }} />
          {p === top && <span className="badge">largest</span>}
        </th>
        <td>
          {similar ? 1 : 0} <span className="kind">{similar ? 'same' : 'different'}</span>
        </td>
        <td className="number">{fixed4(distance[p]!)}</td>
        <td className="number loss" style={{ ['--share' as string]: share }}>
          {fixed4(loss[p]!)}
        </td>
      </tr>,
    );
  }
  return (
    <div className="pair-table-wrap">
      <table className="pair-table">
        <caption>
          Loss of each pair{' '}
          <span className="muted">
            ({pairs.count} {pairs.count === 1 ? 'pair' : 'pairs'})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">
              <abbr title="1: same identity (similar), 0: different identities (dissimilar)">
                y
              </abbr>
            </th>
            <th scope="col" className="number">
              D
            </th>
            <th scope="col" className="number">
              Loss
            </th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total, summed over pairs
            </th>
            <td className="number" data-testid="total-loss" data-value={String(total)}>
              {fixed4(total)}
            </td>
          </tr>
        </tfoot>
      </table>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages of pairs">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span>
            Pairs {page * PAGE_SIZE + 1}–{Math.min(pairs.count, (page + 1) * PAGE_SIZE)} of{' '}
            {pairs.count}
          </span>
          <button type="button" disabled={page === pages - 1} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
