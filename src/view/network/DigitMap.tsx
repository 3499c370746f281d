/**
 * One map of the digits (the network's, or PCA's), drawn on a canvas. Hovering an image, or
 * walking the held-out images with the arrow keys, shows its picture enlarged; a click or Enter
 * picks it for the pair card.
 */
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { useCanvasPalette } from '../kit/canvasPalette';
import { pixelRatio, PaintedLayer } from '../kit/LayerCanvas';
import { digitSprites } from './digitMarks';
import { drawDigitMap } from './drawDigitMap';
import { DigitTooltip } from './DigitTooltip';
import { fitMap, nearestImage, typicalImages } from './mapGeometry';
import { useNetworkClient, useNetworkView } from './networkContext';
import { useShownDigits } from './useShownDigits';
import { CAN_DRAW_IN_WORKER, WorkerCanvas } from './WorkerCanvas';

/** How near the pointer must come to an image to hover it, px. */
const REACH = 12;

export function DigitMap({
  map,
  label,
  width,
  height,
  pictures,
  inWorker = false,
  margin,
}: {
  map: Float64Array;
  /** What the map is, for screen readers, with its numbers. */
  label: string;
  width: number;
  height: number;
  /** Draw a typical member's picture beside each cluster. */
  pictures: boolean;
  /** Drawn by the network's worker, where the browser can (the map that moves as it trains). */
  inWorker?: boolean;
  /** The margin, drawn as a bar to the map's scale, on the map the loss made. */
  margin?: number;
}) {
  const client = useNetworkClient();
  const images = useNetworkView((view) => view.images);
  const heldOut = useNetworkView((view) => view.heldOut);
  const hovered = useNetworkView((view) => view.hovered);
  const picked = useNetworkView((view) => view.picked);
  const drawnInWorker = useNetworkView((view) => view.drawnInWorker);
  const shown = useShownDigits();
  const palette = useCanvasPalette();
  const ratio = pixelRatio();
  const sprites = useMemo(() => digitSprites(ratio, palette.halo), [ratio, palette.halo]);
  const scale = useMemo(() => fitMap(map, shown, width, height), [map, shown, width, height]);
  const typical = useMemo(
    () => (images && heldOut && pictures ? typicalImages(images, heldOut, shown) : []),
    [images, heldOut, shown, pictures],
  );

  const paint = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (!images || !heldOut) return;
      drawDigitMap(context, {
        images,
        map,
        heldOut,
        shown,
        scale,
        sprites,
        pictured: typical,
        picked,
        hovered,
        width,
        height,
        ink: palette.ink,
        margin,
      });
    },
    [
      images,
      heldOut,
      map,
      shown,
      scale,
      sprites,
      typical,
      picked,
      hovered,
      width,
      height,
      palette,
      margin,
    ],
  );

  if (!images || !heldOut) return null;

  const at = (event: { clientX: number; clientY: number; currentTarget: Element }) => {
    const box = event.currentTarget.getBoundingClientRect();
    return nearestImage(
      map,
      shown,
      scale,
      event.clientX - box.left,
      event.clientY - box.top,
      REACH,
    );
  };
  const heldOutShown = (i: number) => heldOut[i] === 1 && shown(i);
  const walk = (from: number, step: 1 | -1) => {
    for (let k = 1; k <= images.count; k++) {
      const i = (((from + step * k) % images.count) + images.count) % images.count;
      if (heldOutShown(i)) return i;
    }
    return -1;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => client.hover(walk(hovered, 1)),
      ArrowDown: () => client.hover(walk(hovered, 1)),
      ArrowLeft: () => client.hover(walk(hovered < 0 ? 0 : hovered, -1)),
      ArrowUp: () => client.hover(walk(hovered < 0 ? 0 : hovered, -1)),
      Enter: () => hovered >= 0 && client.pick(hovered),
      ' ': () => hovered >= 0 && client.pick(hovered),
      Escape: () => client.unpick(),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  };
  const tip =
    hovered >= 0 && shown(hovered)
      ? { x: scale.x(map[2 * hovered]!), y: scale.y(map[2 * hovered + 1]!) }
      : null;

  return (
    <div
      className="digit-map"
      style={{ width, height }}
      role="img"
      aria-label={label}
      tabIndex={0}
      onPointerMove={(event) => client.hover(at(event))}
      onPointerLeave={() => client.hover(-1)}
      onClick={(event) => {
        const image = at(event);
        if (image >= 0) client.pick(image);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => client.hover(-1)}
    >
      {inWorker && CAN_DRAW_IN_WORKER && drawnInWorker ? (
        <WorkerCanvas width={width} height={height} />
      ) : (
        <PaintedLayer
          className="digit-map-canvas"
          size={{ width, height }}
          offset={{ left: 0, top: 0 }}
          paint={paint}
        />
      )}
      {tip && <DigitTooltip image={hovered} at={tip} width={width} />}
    </div>
  );
}
