/**
 * What each mark on the plane means under the active loss, in the words of the legend shown in
 * presentation (Legend.tsx), of an exported picture (share/figureLegend.ts) and of the plane's
 * text description (description/describePlane.ts). One list per loss, written in the loss's view
 * (src/view/losses/), so the three never disagree with each other or with the plane: a mark that
 * is not drawn (margin circles under the triplet loss, lines the reader turned off) is not
 * explained.
 */
import type { LossId } from '../../engine';
import { lossView } from '../losses/lossViews';
import type { LegendMark, LegendSettings } from './marks';

export interface MarkSettings extends LegendSettings {
  readonly loss: LossId;
}

export const legendMarks = ({ loss, ...settings }: MarkSettings): LegendMark[] =>
  lossView(loss).legend(settings);

/** The entries as sentences, for an exported picture's legend and the text description. */
export function marksInWords(settings: MarkSettings): string {
  return legendMarks(settings)
    .map((mark) => `${mark.text}.`)
    .join(' ');
}
