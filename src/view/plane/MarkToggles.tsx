import './mark-toggles.css';
import { MARK_NAMES, type MarkName } from '../../scene/codec/viewLink';
import { useActions } from '../explorerContext';
import type { ShownMarks } from './shownMarks';

const HINTS: Readonly<Record<MarkName, string>> = {
  circles: 'Margin circles: everything within m of a point',
  lines: 'Pair lines: the pairs the loss scores',
  labels: 'Point labels',
};

/**
 * "Show: circles · lines · labels", laid over the plot's top right corner: three toggles that
 * take the plane's optional marks away and bring them back (as `hide=` does in a link). Under a
 * loss without margin circles there is no circles toggle.
 */
export function MarkToggles({
  shown,
  circles,
  crowded,
}: {
  shown: ShownMarks;
  /** Whether the loss draws margin circles at all. */
  circles: boolean;
  /** In a crowded scene only the chosen point's circle is drawn: the hint says so. */
  crowded: boolean;
}) {
  const { showMark } = useActions();
  return (
    <div className="mark-toggles" role="group" aria-label="Show on the plane">
      <span className="mark-toggles-title" aria-hidden="true">
        Show
      </span>
      {MARK_NAMES.filter((name) => name !== 'circles' || circles).map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={shown[name]}
          title={
            name === 'circles' && crowded
              ? `${HINTS.circles}. With this many points, only the circle of the point you grab.`
              : HINTS[name]
          }
          onClick={() => showMark(name, !shown[name])}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
