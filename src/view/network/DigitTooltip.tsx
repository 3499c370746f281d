/** The hovered image, enlarged beside its place on the map, with what it is. */
import { capitalised } from '../kit/format';
import { DigitPicture } from './DigitPicture';
import { useNetworkView } from './networkContext';

/** The picture's side, px: smaller on a phone's narrow map, where the tooltip must not hide it. */
const side = (mapWidth: number) => (mapWidth < 480 ? 44 : 72);

/** Words for one image: its digit, its row in the data file, and whether training saw it. */
function imageWords(digit: number, image: number, heldOut: boolean): string {
  return `a ${String(digit)}, image ${String(image)}, ${heldOut ? 'held out: the network never trained on it' : 'one the network trains on'}`;
}

export function DigitTooltip({
  image,
  at,
  width,
}: {
  image: number;
  at: { readonly x: number; readonly y: number };
  width: number;
}) {
  const images = useNetworkView((view) => view.images);
  const heldOut = useNetworkView((view) => view.heldOut);
  if (!images || !heldOut) return null;
  const words = imageWords(images.digits[image]!, image, heldOut[image] === 1);
  const pictureSide = side(width);
  // Beside the point, on whichever side has room.
  const left = at.x + 16 + pictureSide + 120 > width ? at.x - 16 - pictureSide - 120 : at.x + 16;
  return (
    <div
      className="digit-tooltip"
      style={{ left: Math.max(0, left), top: Math.max(0, at.y - pictureSide / 2) }}
    >
      <DigitPicture image={image} size={pictureSide} label={`Picture of ${words}`} />
      <p>{capitalised(words)}</p>
    </div>
  );
}
