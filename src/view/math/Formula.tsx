import type { PointerEvent, ReactNode } from 'react';
import type { FormulaTerm } from '../../scene/store/store';
import { useActions, useEvaluation, useExplorer } from '../explorerContext';
import { pairName, useFocusPair } from '../plane/focusPair';
import { fixed4 } from '../kit/format';
import { Tex } from './Tex';
import { litTerm, pairLossTex } from './terms';

const TERMS: readonly FormulaTerm[] = ['similar', 'dissimilar', 'margin'];

/**
 * A formula whose tagged parts (data-term) light up what they refer to on the plane when
 * hovered, and light up themselves when that thing is hovered on the plane or in the table.
 */
function LinkedFormula({ children, testId }: { children: ReactNode; testId?: string }) {
  const evaluation = useEvaluation();
  const highlight = useExplorer((state) => state.highlight);
  const { setHighlight } = useActions();
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    const term = (event.target as Element).closest('[data-term]')?.getAttribute('data-term');
    if (term && (TERMS as readonly string[]).includes(term))
      setHighlight({ kind: 'term', term: term as FormulaTerm });
  };
  return (
    <div
      className="formula"
      data-testid={testId}
      data-lit-term={litTerm(evaluation, highlight)}
      onPointerOver={onPointerOver}
      onPointerLeave={() => setHighlight(null)}
    >
      {children}
    </div>
  );
}

/** The general formula, with a key whose entries can be focused as well as hovered. */
export function GeneralFormula() {
  const { setHighlight } = useActions();
  const entry = (term: FormulaTerm, tex: string, text: string) => (
    <li
      tabIndex={0}
      data-term={term}
      onPointerEnter={() => setHighlight({ kind: 'term', term })}
      onPointerLeave={() => setHighlight(null)}
      onFocus={() => setHighlight({ kind: 'term', term })}
      onBlur={() => setHighlight(null)}
    >
      <Tex tex={tex} /> {text}
    </li>
  );
  return (
    <LinkedFormula>
      <Tex
        display
        tex={String.raw`L = \htmlData{term=similar}{y \cdot D^2} + \htmlData{term=dissimilar}{(1 - y)\cdot \max(\htmlData{term=margin}{m} - D,\ 0)^2}`}
      />
      <ul className="term-key">
        {entry(
          'similar',
          String.raw`y \cdot D^2`,
          'counts only for the same person (y = 1): it grows with the square of the distance, so such a pair is always pulled in.',
        )}
        {entry(
          'dissimilar',
          String.raw`(1-y)\cdot\max(m - D, 0)^2`,
          'counts only for different people (y = 0): it is positive while D < m and exactly zero once D ≥ m.',
        )}
        {entry(
          'margin',
          'm',
          'is the margin: how far apart different people must be before the loss stops caring.',
        )}
      </ul>
    </LinkedFormula>
  );
}

/** The formula for the pair in focus with its own numbers substituted, live. */
export function PairFormula() {
  const { evaluation, pair, selected } = useFocusPair();
  if (pair < 0) return <p className="muted">This scene has no pairs.</p>;
  const { scene, pairs, distance, pairLoss: loss } = evaluation;
  const a = scene.points[pairs.first[pair]!]!;
  const b = scene.points[pairs.second[pair]!]!;
  const y = pairs.similar[pair] === 1 ? 1 : 0;
  const tex = pairLossTex({
    first: a.label,
    second: b.label,
    y,
    distance: distance[pair]!,
    margin: scene.margin,
    loss: loss[pair]!,
  });
  return (
    <div className="pair-formula-box">
      <p className="pair-formula-caption">
        {selected ? 'Selected pair' : 'Pair'} <strong>{pairName(evaluation, pair)}</strong>:{' '}
        {a.identity} and {b.identity}, so y = {y}; D = {fixed4(distance[pair]!)}, loss ={' '}
        {fixed4(loss[pair]!)}
        {selected ? '' : ' (click a line on the plane to choose another pair)'}
      </p>
      <LinkedFormula testId="pair-formula">
        <Tex display tex={tex} />
      </LinkedFormula>
    </div>
  );
}
