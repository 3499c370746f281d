/**
 * What each mark on the plane means under the active loss, in the words of the legend shown in
 * presentation (Legend.tsx), of an exported picture (share/figureLegend.ts) and of the plane's
 * text description (presentation/describePlane.ts). One list, so the three never disagree with
 * each other or with the plane: a mark that is not drawn (margin circles under the triplet loss,
 * lines the reader turned off) is not explained.
 */
import type { LossId } from '../../engine';
import { fixed2 } from '../kit/format';
import { formatTau } from '../losses/infonce/temperatureScale';

/** The little drawing beside an entry in the legend. */
export type MarkSwatch =
  | 'similar'
  | 'dissimilar'
  | 'resting'
  | 'context'
  | 'circle'
  | 'arrow'
  | 'triplet-positive'
  | 'triplet-negative'
  | 'triplet-ring'
  | 'ray'
  | 'anchor'
  | 'arc-positive'
  | 'arc-negative';

export interface LegendMark {
  readonly swatch: MarkSwatch;
  /** "Name: what it means", a sentence without its full stop. */
  readonly text: string;
}

export interface MarkSettings {
  readonly loss: LossId;
  readonly margin: number;
  readonly tau: number;
  /** Which optional marks are drawn (the "Show" toggles and `hide=`). */
  readonly shown: { readonly circles: boolean; readonly lines: boolean };
  /** A crowded scene draws only the chosen point's circle and fades the lines at rest. */
  readonly crowded: boolean;
}

const mark = (swatch: MarkSwatch, text: string): LegendMark => ({ swatch, text });

const ARROW = mark('arrow', 'Arrow: where one step of gradient descent moves the point');
const CONTEXT = mark('context', 'Faint lines: the pairs of the scene, drawn only for context');

export function legendMarks(settings: MarkSettings): LegendMark[] {
  const { loss, margin, tau, shown, crowded } = settings;
  const m = fixed2(margin);
  switch (loss) {
    case 'contrastive': {
      const lines = [
        mark('similar', 'Solid line: same person, pulled together, loss D²'),
        mark(
          'dissimilar',
          'Dashed line: different people closer than m, pushed apart, loss (m − D)²',
        ),
        mark(
          'resting',
          `${crowded ? 'Faded dotted line' : 'Dotted line'}: different people m or more apart, at rest, loss 0`,
        ),
      ];
      const circle = mark(
        'circle',
        `Margin circle: radius m = ${m} around ${crowded ? 'the point you grab' : 'each point'}, bold while someone else is inside`,
      );
      return [...(shown.lines ? lines : []), ...(shown.circles ? [circle] : []), ARROW];
    }
    case 'triplet':
      return [
        mark(
          'triplet-positive',
          'Green line: the anchor a to its positive p, a photo of the same person, pulled closer',
        ),
        mark(
          'triplet-negative',
          'Red line: the anchor a to its negative n, a photo of someone else, pushed away',
        ),
        mark(
          'triplet-ring',
          `Dashed ring: D(a,p) + m around the anchor (m = ${m}); a negative inside it still costs loss`,
        ),
        ...(shown.lines ? [CONTEXT] : []),
        ARROW,
      ];
    case 'infonce':
      return [
        mark(
          'ray',
          'Rays from the origin: each point’s direction, all that cosine similarity sees',
        ),
        mark('anchor', 'Ringed point: the anchor, whose angles the arcs show'),
        mark(
          'arc-positive',
          'Green arc: the angle to a photo of the same person, best narrow (cos near 1)',
        ),
        mark('arc-negative', 'Red arc: the angle to the nearest photo of someone else, best wide'),
        ...(shown.lines ? [CONTEXT] : []),
        mark(
          'arrow',
          `Arrow: where one step of gradient descent moves the point, at temperature τ = ${formatTau(tau)}`,
        ),
      ];
  }
}

/** The entries as sentences, for an exported picture's legend and the text description. */
export function marksInWords(settings: MarkSettings): string {
  return legendMarks(settings)
    .map((mark) => `${mark.text}.`)
    .join(' ');
}
