import { MARGIN } from '../../engine';
import { useActions, useExplorer } from '../explorerContext';
import { fixed2 } from '../kit/format';
import { KnobSlider } from './KnobSlider';

const SLIDER_MAX = 3;
const TICKS = [0, 0.5, 1, 1.5, 2, SLIDER_MAX].map((t) => ({
  position: t,
  at: t / SLIDER_MAX,
  label: String(t),
}));

/** The margin m, 0 to 3 in steps of 0.01; every mark and number follows it in the same frame. */
export function MarginSlider() {
  const margin = useExplorer((state) => state.scene.margin);
  const { setKnob } = useActions();
  return (
    <KnobSlider
      id="margin"
      label="Margin"
      valueTestId="margin-value"
      shown={`m = ${fixed2(margin)}`}
      min={0}
      max={SLIDER_MAX}
      step={0.01}
      position={Math.min(margin, SLIDER_MAX)}
      onPosition={(position) => setKnob(MARGIN, position)}
      ticks={TICKS}
      note={
        margin > SLIDER_MAX &&
        `This scene's margin, ${margin}, lies beyond the slider's range; moving the slider brings it back within 0–3.`
      }
    />
  );
}
