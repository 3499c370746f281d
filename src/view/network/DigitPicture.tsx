/** One digit image, enlarged with every pixel a crisp square. */
import { useLayoutEffect, useRef } from 'react';
import { digitPicture } from './digitPicture';
import { useNetworkView } from './networkContext';

export function DigitPicture({
  image,
  size,
  label,
}: {
  image: number;
  size: number;
  label: string;
}) {
  const images = useNetworkView((view) => view.images);
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !images) return;
    context.imageSmoothingEnabled = false;
    context.drawImage(digitPicture(images, image), 0, 0, 8, 8);
  }, [images, image]);
  return (
    <canvas
      ref={canvas}
      className="digit-picture"
      width={8}
      height={8}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
    />
  );
}
