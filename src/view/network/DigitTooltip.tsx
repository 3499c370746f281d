/** The hovered image, enlarged beside its place on the map, with what it is. */
import { DigitPicture } from './DigitPicture';
import { useNetworkView } from './networkContext';

const SIDE = 72;

/** Words for one image: its digit, its row in the data file, and whether training saw it. */
export function imageWords(digit: number, image: number, heldOut: boolean): string {
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
  // Beside the point, on whichever side has room.
  const left = at.x + 16 + SIDE + 120 > width ? at.x - 16 - SIDE - 120 : at.x + 16;
  return (
    <div
      className="digit-tooltip"
      style={{ left: Math.max(0, left), top: Math.max(0, at.y - SIDE / 2) }}
    >
      <DigitPicture image={image} size={SIDE} label={`Picture of ${words}`} />
      <p>{words.charAt(0).toUpperCase() + words.slice(1)}</p>
    </div>
  );
}
