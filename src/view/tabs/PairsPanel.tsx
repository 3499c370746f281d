import { useState } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { LIMITS } from '../../scene/model';
import { useActions, useEvaluation, useExplorer } from '../explorerContext';
import { fixed4, thousands } from '../kit/format';
import { pairSummary } from '../kit/pairSummary';
import { revealPlane } from '../plane/revealPlane';

type Mode = 'all' | 'picked' | 'balanced';

/** The pair modes as the panel offers them; the balanced one's numbers follow its name. */
const MODES: readonly (readonly [Mode, string])[] = [
  ['all', 'Every pair, n(n − 1)/2 of them'],
  ['picked', 'Hand-picked'],
  ['balanced', 'Balanced: every similar pair, and for each'],
];

/** How many of the hardest negatives the panel lists. */
const HARDEST_SHOWN = 5;

/** The dissimilar pairs inside the margin with the smallest D: the ones pushing hardest. */
function hardestNegatives(evaluation: Evaluation, count: number): number[] {
  const { pairs, distance, scene } = evaluation;
  const hardest: number[] = [];
  for (let p = 0; p < pairs.count; p++) {
    if (pairs.similar[p] === 1 || distance[p]! >= scene.margin) continue;
    if (hardest.length === count && distance[p]! >= distance[hardest[count - 1]!]!) continue;
    hardest.push(p);
    hardest.sort((a, b) => distance[a]! - distance[b]!);
    if (hardest.length > count) hardest.pop();
  }
  return hardest;
}

/**
 * Which pairs the loss scores: every pair, a hand-picked list, or a balanced sample of k
 * dissimilar pairs per similar pair; and the hard negatives, the dissimilar pairs still inside
 * the margin.
 */
export function PairsPanel() {
  const evaluation = useEvaluation();
  const spec = useExplorer((state) => state.scene.pairs);
  const mode: Mode = spec === 'all' ? 'all' : Array.isArray(spec) ? 'picked' : 'balanced';
  const balanced = typeof spec === 'object' && 'kind' in spec ? spec : null;
  const [perSimilar, setPerSimilar] = useState(String(balanced?.perSimilar ?? 3));
  const [seed, setSeed] = useState(String(balanced?.seed ?? 1));
  const problem = useExplorer((state) => state.editProblem);
  const showHard = useExplorer((state) => state.showHardNegatives);
  const actions = useActions();
  const { facts } = pairSummary(evaluation);

  const applyBalanced = (k: string, s: string) =>
    actions.setPairMode({ perSimilar: Number(k), seed: Number(s) });
  const choose = (next: Mode) => {
    if (next === 'balanced') applyBalanced(perSimilar, seed);
    else actions.setPairMode(next);
  };

  return (
    <div className="pairs-panel">
      <fieldset className="pair-modes">
        <legend>Which pairs the loss scores</legend>
        {MODES.map(([value, name]) => (
          <label key={value}>
            <input
              type="radio"
              name="pair-mode"
              checked={mode === value}
              onChange={() => choose(value)}
            />
            {name}
          </label>
        ))}
        <span className="balanced-inputs">
          <label>
            <input
              type="number"
              min={1}
              max={LIMITS.maxPerSimilar}
              step={1}
              value={perSimilar}
              aria-label="Dissimilar pairs per similar pair"
              onChange={(event) => {
                setPerSimilar(event.currentTarget.value);
                if (mode === 'balanced') applyBalanced(event.currentTarget.value, seed);
              }}
            />{' '}
            dissimilar pairs drawn at random
          </label>
          <label>
            seed{' '}
            <input
              type="number"
              step={1}
              value={seed}
              aria-label="Sampling seed"
              onChange={(event) => {
                setSeed(event.currentTarget.value);
                if (mode === 'balanced') applyBalanced(perSimilar, event.currentTarget.value);
              }}
            />
          </label>
        </span>
      </fieldset>
      {problem && (
        <p className="edit-problem" role="alert">
          {problem}
        </p>
      )}
      {mode === 'picked' && (
        <p className="panel-hint">
          <button
            type="button"
            onClick={() => {
              actions.setTool('pairs');
              revealPlane();
            }}
          >
            Pick pairs on the plane
          </button>{' '}
          then click two points to add their pair or take it away; with that tool, clicking a line
          removes its pair.
        </p>
      )}
      <HardNegatives
        evaluation={evaluation}
        active={facts.activeDissimilar}
        on={showHard}
        onChange={actions.setShowHardNegatives}
      />
    </div>
  );
}

function HardNegatives({
  evaluation,
  active,
  on,
  onChange,
}: {
  evaluation: Evaluation;
  /** Dissimilar pairs inside the margin. */
  active: number;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { scene, pairs, distance } = evaluation;
  const hardest = on ? hardestNegatives(evaluation, HARDEST_SHOWN) : [];
  const name = (p: number) =>
    `${scene.points[pairs.first[p]!]!.label}–${scene.points[pairs.second[p]!]!.label}`;
  return (
    <div className="hard-negatives">
      <label className="switch">
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} />
        Show the hard negatives on the plane
      </label>
      <p>
        {active === 0
          ? 'No dissimilar pair is inside the margin: every negative is at rest and teaches nothing more.'
          : `${thousands(active)} dissimilar ${active === 1 ? 'pair is' : 'pairs are'} inside the margin. Only these push; every other negative adds nothing to the loss or the gradient.`}
      </p>
      {hardest.length > 0 && (
        <ol className="hardest" aria-label="Hardest negatives">
          {hardest.map((p) => (
            <li key={p}>
              {name(p)} <span className="muted">D = {fixed4(distance[p]!)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
