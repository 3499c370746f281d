/** What the figure shows of the contrastive loss: the pair table, the margin, the pair lines. */
import { MarginSlider } from '../../controls/MarginSlider';
import { fixed2 } from '../../kit/format';
import { ARROW, mark } from '../../legend/marks';
import type { LossView } from '../lossViews';
import { PairTable } from './PairTable';

export const CONTRASTIVE_VIEW: LossView = {
  Panel: PairTable,
  Control: MarginSlider,
  Overlay: null,
  tab: 'Losses',
  landscapeNote: (label) =>
    `Past the dashed edge no other person is within m of ${label}: only its pulls remain.`,
  markedPoints: () => [],
  legend: ({ knob: margin, shown, crowded }) => {
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
      `Margin circle: radius m = ${fixed2(margin)} around ${crowded ? 'the point you grab' : 'each point'}, bold while someone else is inside`,
    );
    return [...(shown.lines ? lines : []), ...(shown.circles ? [circle] : []), ARROW];
  },
  legendNote: 'Thicker lines carry more loss.',
  describe: null,
};
