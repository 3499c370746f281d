import type { ReactNode } from 'react';
import { fixed4 } from '../format';
import { FIGURE_BESIDE_ARTICLE, useMediaQuery } from '../measure';
import { ColourSwatch } from './ColourSwatch';
import './pair-table.css';

/**
 * What a table row about two points shows, as plain values: a row memoised on them renders again
 * only when one of them changes.
 */
export interface PairRowProps {
  readonly first: string;
  readonly second: string;
  readonly firstColour: string;
  readonly secondColour: string;
  readonly loss: number;
  /** The row's loss as a share of the largest, 0 to 1: the bar behind the number. */
  readonly share: number;
  readonly lit: boolean;
}

/** The row's header: both labels, each beside its identity's colour, joined by `joiner`. */
export function PairHeader({
  pair,
  joiner,
  children,
}: {
  pair: PairRowProps;
  joiner: string;
  /** Anything after the names, such as a badge. */
  children?: ReactNode;
}) {
  return (
    <th scope="row">
      <ColourSwatch colour={pair.firstColour} />
      {pair.first}
      {joiner}
      {pair.second}
      <ColourSwatch colour={pair.secondColour} />
      {children}
    </th>
  );
}

/** The row's loss, over a bar as long as its share of the largest. */
export function LossCell({ pair }: { pair: PairRowProps }) {
  return (
    <td className="number loss" style={{ ['--share' as string]: pair.share }}>
      {fixed4(pair.loss)}
    </td>
  );
}

/**
 * A table of pair losses: its caption with the count, the column heads, the rows, and the total
 * in the foot; what goes under the table (notes, the pager) comes as children.
 */
export function PairTableFrame({
  className,
  caption,
  count,
  head,
  rows,
  foot,
  total,
  totalTestId,
  children,
}: {
  /** Added to the wrapper's class. */
  className?: string;
  caption: string;
  /** How many rows there are, in words: "4 pairs". */
  count: string;
  /** The column heads. */
  head: ReactNode;
  rows: ReactNode;
  /** The foot's cells before the total: what the total is. */
  foot: ReactNode;
  total: number;
  totalTestId: string;
  children: ReactNode;
}) {
  // Beside the article the tab already names the table: its caption stays for screen readers.
  const beside = useMediaQuery(FIGURE_BESIDE_ARTICLE);
  return (
    <div className={className ? `pair-table-wrap ${className}` : 'pair-table-wrap'}>
      <table className="pair-table">
        <caption className={beside ? 'visually-hidden' : undefined}>
          {caption} <span className="muted">({count})</span>
        </caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{rows}</tbody>
        <tfoot>
          <tr>
            {foot}
            <td className="number" data-testid={totalTestId} data-value={String(total)}>
              {fixed4(total)}
            </td>
          </tr>
        </tfoot>
      </table>
      {children}
    </div>
  );
}
