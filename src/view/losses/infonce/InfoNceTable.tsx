import { memo, useState } from 'react';
import { Pager } from '../../controls/Pager';
import { useActions } from '../../explorerContext';
import { fixed4, thousands } from '../../kit/format';
import {
  LossCell,
  PairHeader,
  PairTableFrame,
  type PairRowProps,
} from '../../kit/table/PairTableParts';
import { useRowActivation } from '../../kit/table/useRowActivation';
import { cosineOf, firstRowOf, type InfoNceViewProps } from './infonceModel';

/** Rows per page: the ordered pairs grow as n², so the table pages through them. */
export const ROWS_PER_PAGE = 50;

interface RowProps extends PairRowProps {
  readonly anchor: number;
  readonly cosine: number;
}

/**
 * One ordered pair's row: choosing it makes its anchor the active point; hovering or focusing it
 * lights the anchor. Memoised on plain values, so a drag renders again only the rows it changed.
 */
const InfoNceRow = memo(function InfoNceRow(props: RowProps) {
  const { setActivePoint } = useActions();
  const { anchor, loss } = props;
  const activation = useRowActivation(() => setActivePoint(anchor), {
    kind: 'point',
    index: anchor,
  });
  return (
    <tr
      data-testid="infonce-row"
      data-pair={`${props.first},${props.second}`}
      data-loss={String(loss)}
      className={props.lit ? 'lit' : undefined}
      {...activation}
    >
      <PairHeader pair={props} joiner=" → " />
      <td className="number">{props.cosine.toFixed(4)}</td>
      <td className="number probability">{fixed4(Math.exp(-loss))}</td>
      <LossCell pair={props} />
    </tr>
  );
});

/**
 * One row per ordered positive pair (i, j): its cosine, p(j | i) and ℓ(i, j) = −log p(j | i), and
 * their mean, which is the total. Rows run anchor by anchor, as the engine lists them; the
 * anchor's rows are lit, and a row makes its anchor the active point.
 */
export function InfoNceTable({ evaluation, output, anchor }: InfoNceViewProps) {
  const [requestedPage, setPage] = useState(0);
  const { scene, identityOf, identityColours, total } = evaluation;
  const { rowAnchor, rowPositive, rowLoss, rowCount } = output;
  const pages = Math.max(1, Math.ceil(rowCount / ROWS_PER_PAGE));
  const page = Math.min(requestedPage, pages - 1);
  const start = page * ROWS_PER_PAGE;
  const end = Math.min(rowCount, start + ROWS_PER_PAGE);
  const anchorRow = anchor === null ? -1 : firstRowOf(output, anchor);
  const anchorPage = anchorRow < 0 ? page : Math.floor(anchorRow / ROWS_PER_PAGE);
  const label = (i: number) => scene.points[i]!.label;
  const colour = (i: number) => identityColours[identityOf[i]!]!;
  let largest = 0;
  for (let r = start; r < end; r++) largest = Math.max(largest, rowLoss[r]!);

  const rows = [];
  for (let r = start; r < end; r++) {
    const i = rowAnchor[r]!;
    const j = rowPositive[r]!;
    const loss = rowLoss[r]!;
    rows.push(
      <InfoNceRow
        key={r}
        anchor={i}
        first={label(i)}
        second={label(j)}
        firstColour={colour(i)}
        secondColour={colour(j)}
        cosine={cosineOf(output, i, j)}
        loss={loss}
        share={largest > 0 ? loss / largest : 0}
        lit={i === anchor}
      />,
    );
  }

  const pairWord = rowCount === 1 ? 'pair' : 'pairs';
  return (
    <PairTableFrame
      className="infonce-table"
      caption="Loss of each ordered positive pair"
      count={`${thousands(rowCount)} ${pairWord}`}
      head={
        <>
          <th scope="col">Anchor → positive</th>
          <th scope="col" className="number">
            cos(i, j)
          </th>
          <th scope="col" className="number probability">
            p(j | i)
          </th>
          <th scope="col" className="number">
            ℓ(i, j)
          </th>
        </>
      }
      rows={rows}
      foot={
        <>
          <th scope="row" colSpan={2}>
            Mean over {thousands(rowCount)} ordered {pairWord} = total
          </th>
          <td className="probability" />
        </>
      }
      total={total}
      totalTestId="infonce-mean"
    >
      {rowCount === 0 && (
        <p className="muted">No two points share an identity, so there is no positive pair.</p>
      )}
      <Pager
        label="Pages of ordered pairs"
        page={page}
        pages={pages}
        onPage={setPage}
        extra={
          anchorPage !== page && (
            <button type="button" onClick={() => setPage(anchorPage)}>
              {label(anchor!)}'s rows
            </button>
          )
        }
      >
        Pairs {thousands(start + 1)}–{thousands(end)} of {thousands(rowCount)}
      </Pager>
    </PairTableFrame>
  );
}
