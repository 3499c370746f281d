import type { ReactNode } from 'react';
import './pager.css';

interface Props {
  /** What is paged, for screen readers: "Pages of pairs". */
  label: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** Which rows show, between Previous and Next. */
  children: ReactNode;
  /** A shortcut beside Next, such as a jump to the chosen anchor's page. */
  extra?: ReactNode;
}

/** Previous and Next around a line saying which rows show: the footer of every paged table. */
export function Pager({ label, page, pages, onPage, children, extra }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>{children}</span>
      {extra}
      <button type="button" disabled={page === pages - 1} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
