import { memo, useState } from 'react';
import { Pager } from '../../controls/Pager';
import { useActions, useEvaluation, useExplorer } from '../../explorerContext';
import { fixed4, plural } from '../../kit/format';
import { pairIsLit } from '../../plane/geometry/layout';
import {
  LossCell,
  PairHeader,
  PairTableFrame,
  type PairRowProps,
} from '../../kit/table/PairTableParts';
import { useRowActivation } from '../../kit/table/useRowActivation';
import { pairSummary } from '../../kit/pairSummary';

/** Rows per page; the contract keeps the first 200 pairs' rows in the DOM. */
export const PAGE_SIZE = 200;

interface RowProps extends PairRowProps {
  readonly index: number;
  readonly similar: boolean;
  readonly distance: number;
  readonly selected: boolean;
  readonly top: boolean;
}

/**
 * One pair's row. Memoised on plain values, so while one point is dragged only the rows of its
 * own pairs render again.
 */
const PairRow = memo(function PairRow(props: RowProps) {
  const { selectPair } = useActions();
  const { index, similar, distance, loss } = props;
  const activation = useRowActivation(() => selectPair(index), { kind: 'pair', index });
  return (
    <tr
      data-testid="pair-row"
      data-pair={`${props.first},${props.second}`}
      data-y={similar ? 1 : 0}
      data-d={String(distance)}
      data-loss={String(loss)}
      aria-selected={props.selected}
      data-selected={props.selected}
      className={`${props.lit ? 'lit' : ''}${props.top ? ' top' : ''}${loss === 0 ? ' resting' : ''}`}
      {...activation}
    >
      <PairHeader pair={props} joiner="–">
        {props.top && <span className="badge">largest</span>}
      </PairHeader>
      <td>
        {similar ? 1 : 0} <span className="kind">{similar ? 'same' : 'different'}</span>
      </td>
      <td className="number">{fixed4(distance)}</td>
      <LossCell pair={props} />
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
    pairLoss: loss,
    scene,
    identityOf,
    identityColours,
    pairTotal: total,
  } = evaluation;
  const pages = Math.max(1, Math.ceil(pairs.count / PAGE_SIZE));
  const page = Math.min(requestedPage, pages - 1);
  const gesturing = useExplorer((state) => state.gesturing);
  const stats = pairSummary(evaluation);
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
        first={scene.points[i]!.label}
        second={scene.points[j]!.label}
        firstColour={identityColours[identityOf[i]!]!}
        secondColour={identityColours[identityOf[j]!]!}
        similar={pairs.similar[p] === 1}
        distance={distance[p]!}
        loss={loss[p]!}
        // In whole percent: a row renders again only when its bar visibly changes.
        share={largest > 0 ? Math.round((100 * loss[p]!) / largest) / 100 : 0}
        lit={pairIsLit(evaluation, p, highlight)}
        selected={p === selected}
        top={p === top}
      />,
    );
  }
  return (
    <PairTableFrame
      caption="Loss of each pair"
      count={`${pairs.count} ${plural(pairs.count, 'pair')}`}
      head={
        <>
          <th scope="col">Pair</th>
          <th scope="col">
            <abbr title="1: same identity (similar), 0: different identities (dissimilar)">y</abbr>
          </th>
          <th scope="col" className="number">
            D
          </th>
          <th scope="col" className="number">
            Loss
          </th>
        </>
      }
      rows={rows}
      foot={
        <th scope="row" colSpan={3}>
          Total, summed over pairs
        </th>
      }
      total={total}
      totalTestId="table-total"
    >
      <Pager label="Pages of pairs" page={page} pages={pages} onPage={setPage}>
        Pairs {page * PAGE_SIZE + 1}–{Math.min(pairs.count, (page + 1) * PAGE_SIZE)} of{' '}
        {pairs.count}
      </Pager>
    </PairTableFrame>
  );
}
