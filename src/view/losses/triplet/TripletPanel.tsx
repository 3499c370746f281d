import { activeOutput } from '../../../scene/evaluation';
import './triplet-panel.css';
import { useId, useState } from 'react';
import { TRIPLET, type TripletFilter } from '../../../engine';
import { Pager } from '../../controls/Pager';
import { useEvaluation, useExplorer } from '../../explorerContext';
import { thousands } from '../../kit/format';
import { chosenIn, useChosenTriplet } from './chosenTriplet';
import { TripletCountSummary, TripletNotes } from './TripletSummary';
import { TripletTable } from './TripletTable';
import { countsOf, FILTERS, pageOfTriplets, type TripletCounts } from './tripletTable';

/** Rows per page: the table never lists more, however many triplets there are. */
export const PAGE_SIZE = 25;

const FILTER_NAMES: Readonly<Record<TripletFilter, string>> = {
  all: 'All',
  hard: 'Hard',
  'semi-hard': 'Semi-hard',
  easy: 'Easy',
};

/**
 * The triplet loss's first tab: the scene's triplets counted by kind, then one page of them,
 * filtered by kind and, if asked, to the active point as anchor.
 */
export function TripletPanel() {
  const evaluation = useEvaluation();
  const active = useExplorer((state) => state.activePoint);
  const chosen = useChosenTriplet();
  const [filter, setFilter] = useState<TripletFilter>('all');
  const [ownOnly, setOwnOnly] = useState(false);
  const [paging, setPaging] = useState({ key: '', page: 0 });
  const { context, scene } = evaluation;
  const output = activeOutput(evaluation, TRIPLET);
  if (!output) return null;

  const anchor = active !== null && active < scene.points.length ? active : null;
  const anchorLabel = anchor === null ? '' : scene.points[anchor]!.label;
  const scope = ownOnly ? anchor : null;
  const sceneCounts = countsOf(context, output, null);
  const counts = scope === null ? sceneCounts : countsOf(context, output, scope);
  const matching = counts[filter];
  const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));
  // A new filter or anchor starts at the first page; a drag that shrinks the list keeps the last.
  const key = `${filter}|${scope}`;
  const page = Math.min(paging.key === key ? paging.page : 0, pages - 1);
  const offset = page * PAGE_SIZE;
  const rows = pageOfTriplets(context, { filter, anchor: scope, offset, limit: PAGE_SIZE });
  const whose = scope === null ? '' : ` with anchor ${anchorLabel}`;
  const kindWord = filter === 'all' ? '' : `${filter} `;

  return (
    <div className="triplet-panel">
      <TripletCountSummary evaluation={evaluation} counts={sceneCounts} />
      <div className="triplet-filters">
        <FilterChoice filter={filter} counts={counts} onChange={setFilter} />
        <label className="triplet-own">
          <input
            type="checkbox"
            checked={ownOnly && anchor !== null}
            disabled={anchor === null}
            onChange={(event) => setOwnOnly(event.target.checked)}
          />
          {anchor === null
            ? 'Only one anchor’s triplets (select a point first)'
            : `Only ${anchorLabel}’s triplets, with ${anchorLabel} as anchor`}
        </label>
      </div>
      <div className="triplet-table-wrap">
        <TripletTable
          evaluation={evaluation}
          rows={rows}
          chosen={chosenIn(chosen, context, (i) => scene.points[i]?.label)}
          caption={`${filter === 'all' ? 'Triplets' : `${FILTER_NAMES[filter]} triplets`}${whose}, ${PAGE_SIZE} a page; choose one to draw it on the plane`}
          empty={`No ${kindWord}triplets${whose}.`}
        />
      </div>
      <Pager
        label="Pages of triplets"
        page={page}
        pages={pages}
        onPage={(next) => setPaging({ key, page: next })}
      >
        Rows {thousands(offset + 1)}–{thousands(offset + rows.length)} of {thousands(matching)}
      </Pager>
      <TripletNotes />
    </div>
  );
}

/** All, hard, semi-hard or easy, each with how many triplets it would show. */
function FilterChoice({
  filter,
  counts,
  onChange,
}: {
  filter: TripletFilter;
  counts: TripletCounts;
  onChange: (filter: TripletFilter) => void;
}) {
  const name = useId();
  return (
    <fieldset className="triplet-filter">
      <legend>Show</legend>
      {FILTERS.map((choice) => (
        <label key={choice} className={`${choice}${choice === filter ? ' chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={choice === filter}
            onChange={() => onChange(choice)}
          />
          {choice !== 'all' && <span className="kind-mark" aria-hidden="true" />}
          {FILTER_NAMES[choice]} <span className="count">{thousands(counts[choice])}</span>
        </label>
      ))}
    </fieldset>
  );
}
