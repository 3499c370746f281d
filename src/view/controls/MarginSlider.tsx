import { MARGIN } from '../../engine';
import { evenTrack, KnobSlider } from './KnobSlider';

const TRACK = evenTrack(0, 3, 0.01, [0, 0.5, 1, 1.5, 2, 3]);

/** The margin m, 0 to 3 in steps of 0.01; every mark and number follows it in the same frame. */
export function MarginSlider() {
  return <KnobSlider knob={MARGIN} track={TRACK} />;
}
