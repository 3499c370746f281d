import { useActions, useExplorer } from '../explorerContext';
import './margin-slider.css';
import { fixed2 } from '../format';

const SLIDER_MAX = 3;
const TICKS = [0.5, 1, 1.5, 2] as const;

/** The margin m, 0 to 3 in steps of 0.01; every mark and number follows it in the same frame. */
export function MarginSlider() {
  const margin = useExplorer((state) => state.scene.margin);
  const { setMargin } = useActions();
  return (
    <div className="margin-control">
      <div className="margin-heading">
        <label htmlFor="margin-slider">Margin</label>
        <output htmlFor="margin-slider" data-testid="margin-value">
          m = {fixed2(margin)}
        </output>
      </div>
      <input
        id="margin-slider"
        type="range"
        min={0}
        max={SLIDER_MAX}
        step={0.01}
        value={Math.min(margin, SLIDER_MAX)}
        list="margin-ticks"
        aria-valuetext={`m = ${fixed2(margin)}`}
        onChange={(event) => setMargin(Number(event.currentTarget.value))}
      />
      <datalist id="margin-ticks">
        {TICKS.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div className="margin-ticks" aria-hidden="true">
        {[0, ...TICKS, SLIDER_MAX].map((t) => (
          <span key={t} style={{ ['--at' as string]: t / SLIDER_MAX }}>
            {t}
          </span>
        ))}
      </div>
      {margin > SLIDER_MAX && (
        <p className="muted">
          This scene's margin, {margin}, lies beyond the slider's range; moving the slider brings it
          back within 0–3.
        </p>
      )}
    </div>
  );
}
