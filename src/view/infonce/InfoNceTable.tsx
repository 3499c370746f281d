import '../table/pair-table.css';
import { useState } from 'react';
import { Pager } from '../controls/Pager';
import { useActions } from '../explorerContext';
import { fixed4, thousands } from '../format';
import { cosineOf, firstRowOf, type InfoNceViewProps } from './infonceModel';

/** Rows per page: the ordered pairs grow as n², so the table pages through them. */
export const ROWS_PER_PAGE = 50;

/**
 * One row per ordered positive pair (i, j): its cosine, p(j | i) and ℓ(i, j) = −log p(j | i), and
 * their mean, which is the total. Rows run anchor by anchor, as the engine lists them; the
 * anchor's rows are lit, and a row makes its anchor the active point.
 */
export function InfoNceTable({ evaluation, output, anchor }: InfoNceViewProps) {
  const { setActivePoint, setHighlight } = useActions();
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
  const swatch = (i: number) => (
    <span className="swatch" style={{ background: identityColours[identityOf[i]!]! }} />
  );
  let largest = 0;
  for (let r = start; r < end; r++) largest = Math.max(largest, rowLoss[r]!);

  const rows = [];
  for (let r = start; r < end; r++) {
    const i = rowAnchor[r]!;
    const j = rowPositive[r]!;
    const loss = rowLoss[r]!;
    const choose = () => setActivePoint(i);
    rows.push(
      <tr
        key={r}
        data-testid="infonce-row"
        data-pair={`${label(i)},${label(j)}`}
        data-loss={String(loss)}
        tabIndex={0}
        className={i === anchor ? 'lit' : undefined}
        onClick={choose}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            choose();
          }
        }}
        onPointerEnter={() => setHighlight({ kind: 'point', index: i })}
        onPointerLeave={() => setHighlight(null)}
      >
        <th scope="row">
          {swatch(i)}
          {label(i)} → {label(j)}
          {swatch(j)}
        </th>
        <td className="number">{cosineOf(output, i, j).toFixed(4)}</td>
        <td className="number probability">{fixed4(Math.exp(-loss))}</td>
        <td
          className="number loss"
          style={{ ['--share' as string]: largest > 0 ? loss / largest : 0 }}
        >
          {fixed4(loss)}
        </td>
      </tr>,
    );
  }

  return (
    <div className="pair-table-wrap infonce-table">
      <table className="pair-table">
        <caption>
          Loss of each ordered positive pair{' '}
          <span className="muted">
            ({thousands(rowCount)} {rowCount === 1 ? 'pair' : 'pairs'})
          </span>
        </caption>
        <thead>
          <tr>
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
          </tr>
        </thead>
        <tbody>{rows}</tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Mean over {thousands(rowCount)} ordered {rowCount === 1 ? 'pair' : 'pairs'} = total
            </th>
            <td className="probability" />
            <td className="number" data-testid="infonce-mean" data-value={String(total)}>
              {fixed4(total)}
            </td>
          </tr>
        </tfoot>
      </table>
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
    </div>
  );
}
