import type { Evaluation } from '../../scene/evaluation';
import type { FormulaTerm, Highlight } from '../../scene/store/store';

/**
 * Which term of the formula a highlight points at: the term itself, or the term that a hovered
 * pair's label switches on (y = 1: the pull; y = 0: the push).
 */
export function litTerm(evaluation: Evaluation, highlight: Highlight): FormulaTerm | undefined {
  if (highlight?.kind === 'term') return highlight.term;
  if (highlight?.kind === 'pair')
    return evaluation.pairs.similar[highlight.index] === 1 ? 'similar' : 'dissimilar';
  return undefined;
}

/** Text for TeX's \text: the characters TeX reserves (an underscore in a label, a # in a name) escaped. */
export const texLabel = (label: string) => `\\text{${label.replace(/[#$%&_{}]/g, '\\$&')}}`;

/** A number for a formula: 4 decimals, as the table shows it. */
export const texNumber = (value: number) => value.toFixed(4);

/** A coordinate or margin as stored, without float noise. */
export const texPlain = (value: number) => String(value);

/**
 * One pair's loss with its numbers substituted, the terms tagged so a linked formula can light
 * them: L_{a,b} = y·D² + (1 − y)·max(m − D, 0)² = loss.
 */
export function pairLossTex(pair: {
  readonly first: string;
  readonly second: string;
  readonly y: 0 | 1;
  readonly distance: number;
  readonly margin: number;
  readonly loss: number;
}): string {
  const d = texNumber(pair.distance);
  return (
    String.raw`\begin{aligned} L_{${texLabel(pair.first)},\,${texLabel(pair.second)}} &= ` +
    String.raw`\htmlData{term=similar}{${pair.y} \cdot ${d}^2} \\ &+ ` +
    String.raw`\htmlData{term=dissimilar}{${1 - pair.y} \cdot \max(\htmlData{term=margin}{${texPlain(pair.margin)}} - ${d},\ 0)^2}` +
    String.raw` \\ &= ${texNumber(pair.loss)} \end{aligned}`
  );
}
