import { lossIdOf } from '../../scene/model';
import './panel.css';
import { useId, useState, type KeyboardEvent, type ReactElement } from 'react';
import { LossComparison } from './compare/LossComparison';
import { useExplorer } from '../explorerContext';
import { lossView } from '../losses/lossViews';
import { ScenePanel } from './scene/ScenePanel';
import { FileDropZone } from './share/FileDropZone';
import { SharePanel } from './share/SharePanel';
import { LessonPanel } from '../lesson/LessonPanel';
import { PairsPanel } from './PairsPanel';
import { SceneStats } from './SceneStats';
import { TrainingPanel } from './TrainingPanel';

/** The active loss's table, under the active loss's name. */
function LossTable() {
  const { Panel } = lossView(useExplorer((state) => lossIdOf(state.scene)));
  return <Panel />;
}

function LossTabName() {
  return <>{lossView(useExplorer((state) => lossIdOf(state.scene))).tab}</>;
}

const TABS: readonly { name: string; title: ReactElement | string; content: ReactElement }[] = [
  { name: 'Losses', title: <LossTabName />, content: <LossTable /> },
  { name: 'Compare', title: 'Compare', content: <LossComparison /> },
  { name: 'Pairs', title: 'Pairs', content: <PairsPanel /> },
  { name: 'Training', title: 'Training', content: <TrainingPanel /> },
  { name: 'Scene', title: 'Scene', content: <ScenePanel /> },
  { name: 'Lesson', title: 'Lesson', content: <LessonPanel /> },
  { name: 'Share', title: 'Share', content: <SharePanel /> },
];

/**
 * Under the plane: the scene's counts, always in view, and one of seven views in tabs (the terms
 * of the active loss, the three losses side by side, how pairs are chosen, the training curve,
 * building a scene, building a lesson, sharing them). Tabs follow the WAI-ARIA pattern: arrow keys move between them,
 * Home and End jump to the ends. The page
 * takes dropped and pasted scenes whichever tab is open, so that listener lives here.
 */
export function FigurePanel() {
  const [open, setOpen] = useState(0);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: (open + 1) % TABS.length,
      ArrowLeft: (open - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setOpen(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <section className="figure-panel" aria-label="Pairs, training and scene">
      <SceneStats />
      <FileDropZone />
      <div role="tablist" aria-label="Views of the scene" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map(({ name, title }, k) => (
          <button
            key={name}
            id={`${id}-tab-${k}`}
            type="button"
            role="tab"
            aria-selected={k === open}
            aria-controls={`${id}-panel`}
            tabIndex={k === open ? 0 : -1}
            onClick={() => setOpen(k)}
          >
            {title}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${open}`}
        className="tab-panel"
      >
        {TABS[open]!.content}
      </div>
    </section>
  );
}
