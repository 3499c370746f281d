/** What the figure shows of the spring loss: its words, a knob slider and a one-line panel. */
import { STIFFNESS } from './definition';
import { useEvaluation } from '../../view/explorerContext';
import { evenTrack, KnobSlider } from '../../view/controls/KnobSlider';
import { fixed2, fixed4 } from '../../view/kit/format';
import { ARROW, mark } from '../../view/legend/marks';
import type { LossView } from '../../view/losses/lossViews';

function SpringPanel() {
  const { total } = useEvaluation();
  return <p data-testid="spring-total">Springs hold {fixed4(total)} of energy.</p>;
}

const STIFFNESS_TRACK = evenTrack(STIFFNESS.min, STIFFNESS.max, 0.1, []);

function StiffnessSlider() {
  return <KnobSlider knob={STIFFNESS} track={STIFFNESS_TRACK} />;
}

export const SPRING_VIEW: LossView = {
  Panel: SpringPanel,
  Control: StiffnessSlider,
  Overlay: null,
  tab: 'Springs',
  landscapeNote: (label) => `Every spring on ${label} pulls or pushes it as it moves.`,
  markedPoints: () => [],
  legend: ({ knob }) => [
    mark(
      'similar',
      `Spring: photos pulled together, or pushed apart with stiffness k = ${fixed2(knob)}`,
    ),
    ARROW,
  ],
  legendNote: null,
  describe: ({ total }) => `The springs hold ${fixed2(total)} of energy.`,
};
