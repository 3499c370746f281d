/** What the figure shows of the spring loss: its words, a knob slider and a one-line panel. */
import { STIFFNESS } from './definition';
import { useActions, useEvaluation, useExplorer } from '../../view/explorerContext';
import { KnobSlider } from '../../view/controls/KnobSlider';
import { fixed2, fixed4 } from '../../view/kit/format';
import { ARROW, mark } from '../../view/legend/marks';
import type { LossView } from '../../view/losses/lossViews';
import { knobValue } from '../../scene/model';

function SpringPanel() {
  const { total } = useEvaluation();
  return <p data-testid="spring-total">Springs hold {fixed4(total)} of energy.</p>;
}

function StiffnessSlider() {
  const k = useExplorer((state) => knobValue(state.scene, STIFFNESS));
  const { setKnob } = useActions();
  return (
    <KnobSlider
      id="stiffness"
      label="Stiffness"
      valueTestId="stiffness-value"
      shown={`k = ${fixed2(k)}`}
      min={STIFFNESS.min}
      max={STIFFNESS.max}
      step={0.1}
      position={k}
      onPosition={(position) => setKnob(STIFFNESS, position)}
      ticks={[]}
      note={null}
    />
  );
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
