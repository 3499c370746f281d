import type { RefObject } from 'react';

/** Device pixels per CSS pixel, so canvases stay sharp on high-density screens. */
export const pixelRatio = () => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);

/** A canvas laid over the plot area at the screen's pixel density; its owner does the drawing. */
export function LayerCanvas({
  ref,
  className,
  name,
  size,
  ratio,
  offset,
}: {
  ref: RefObject<HTMLCanvasElement | null>;
  className: string;
  /** Which layer this is, for readers of the page (`data-layer`). */
  name?: string;
  size: { readonly width: number; readonly height: number };
  ratio: number;
  offset: { readonly left: number; readonly top: number };
}) {
  const { width, height } = size;
  return (
    <canvas
      ref={ref}
      className={className}
      data-layer={name}
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height, left: offset.left, top: offset.top }}
      aria-hidden="true"
    />
  );
}
