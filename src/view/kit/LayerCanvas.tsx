import { useLayoutEffect, useRef, type RefObject } from 'react';

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

/**
 * A layer that draws itself: cleared and painted by `paint`, at the screen's pixel density,
 * whenever `paint` or the size changes. Owners keep `paint` the same (useCallback) until what it
 * draws changes.
 */
export function PaintedLayer({
  className,
  size,
  offset,
  paint,
}: {
  className: string;
  size: { readonly width: number; readonly height: number };
  offset: { readonly left: number; readonly top: number };
  paint: (context: CanvasRenderingContext2D) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ratio = pixelRatio();
  const { width, height } = size;
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    paint(context);
  }, [paint, ratio, width, height]);
  return (
    <LayerCanvas ref={canvas} className={className} size={size} ratio={ratio} offset={offset} />
  );
}
