import { memo, useState } from 'react';
import './pair-table.css';
import { Pager } from '../controls/Pager';
import { useActions, useEvaluation, useExplorer } from '../explorerContext';
import { fixed4, plural } from '../format';
import { pairStats } from '../pairStats';
import { pairIsLit } from '../plane/layout';

/** Rows per page; the contract keeps the first 200 pairs' rows in the DOM. */
export const PAGE_SIZE = 200;

interface RowProps {
  readonly index: number;
  readonly a: string;
  readonly b: string;
  readonly colourA: string;
  readonly colourB: string;
  readonly similar: boolean;
  readonly distance: number;
  readonly loss: number;
  /** The row's loss as a share of the largest, in whole percent (the bar behind the number). */
  readonly share: number;
  readonly lit: boolean;
  readonly selected: boolean;
  readonly top: boolean;
}

/**
 * One pair's row. Memoised on plain values, so while one point is dragged only the rows of its
 * own pairs render again.
 */
const PairRow = memo(function PairRow(props: RowProps) {
  const { setHighlight, selectPair } = useActions();
  const { index, similar, distance, loss } = props;
  return (
    <tr
      data-testid="pair-row"
      data-pair={`${props.a},${props.b}`}
      data-y={similar ? 1 : 0}
      data-d={String(distance)}
      data-loss={String(loss)}
      tabIndex={0}
      aria-selected={props.selected}
      data-selected={props.selected}
      className={`${props.lit ? 'lit' : ''}${props.top ? ' top' : ''}${loss === 0 ? ' resting' : ''}`}
      onClick={() => selectPair(index)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          selectPair(index);
        }
      }}
      onPointerEnter={() => setHighlight({ kind: 'pair', index })}
      onPointerLeave={() => setHighlight(null)}
      onFocus={() => setHighlight({ kind: 'pair', index })}
      onBlur={() => setHighlight(null)}
    >
      <th scope="row">
        <span className="swatch" style={{ background: props.colourA }} />
        {props.a}–{props.b}
        <span className="swatch" style={{ background: props.colourB }} />
        {props.top && <span className="badge">largest</span>}
      </th>
      <td>
        {similar ? 1 : 0} <span className="kind">{similar ? 'same' : 'different'}</span>
      </td>
      <td className="number">{fixed4(distance)}</td>
      <td className="number loss" style={{ ['--share' as string]: props.share / 100 }}>
        {fixed4(loss)}
      </td>
    </tr>
  );
});

/** Pair | y | D | loss for every pair, with the total, linked to the plane by hover and focus. */
export function PairTable() {
  const evaluation = useEvaluation();
  const highlight = useExplorer((state) => state.highlight);
  const selected = useExplorer((state) => state.selectedPair);
  const [requestedPage, setPage] = useState(0);
  const {
    pairs,
    distance,
    loss,
    scene,
    identityOf,
    identityColours,
    pairTotal: total,
  } = evaluation;
  const pages = Math.max(1, Math.ceil(pairs.count / PAGE_SIZE));
  const page = Math.min(requestedPage, pages - 1);
  const gesturing = useExplorer((state) => state.gesturing);
  const stats = pairStats(evaluation);
  const top = gesturing ? stats.largestSoFar : stats.largest;
  const largest = top >= 0 ? loss[top]! : 0;
  const rows = [];
  for (let p = page * PAGE_SIZE; p < Math.min(pairs.count, (page + 1) * PAGE_SIZE); p++) {
    const i = pairs.first[p]!;
    const j = pairs.second[p]!;
    rows.push(
      <PairRow
        key={p}
        index={p}
        a={scene.points[i]!.label}
        b={scene.points[j]!.label}
        colourA={identityColours[identityOf[i]!]!}
        colourB={identityColours[identityOf[j]!]!}
        similar={pairs.similar[p] === 1}
        distance={distance[p]!}
        loss={loss[p]!}
        share={largest > 0 ? Math.round((100 * loss[p]!) / largest) : 0}
        lit={pairIsLit(evaluation, p, highlight)}
        selected={p === selected}
        top={p === top}
      />,
    );
  }
  return (
    <div className="pair-table-wrap">
      <table className="pair-table">
        <caption>
          Loss of each pair{' '}
          <span className="muted">
            ({pairs.count} {plural(pairs.count, 'pair')})
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
            <td className="number" data-testid="table-total" data-value={String(total)}>
              {fixed4(total)}
            </td>
          </tr>
        </tfoot>
      </table>
      <Pager label="Pages of pairs" page={page} pages={pages} onPage={setPage}>
        Pairs {page * PAGE_SIZE + 1}–{Math.min(pairs.count, (page + 1) * PAGE_SIZE)} of{' '}
        {pairs.count}
      </Pager>
    </div>
  );
}
