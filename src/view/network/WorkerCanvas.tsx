/**
 * The network's map drawn by its worker: the canvas is handed over once
 * (transferControlToOffscreen), then the worker draws it after each batch of steps and whenever
 * what it is drawn with changes here. The page's thread does no drawing while the network trains.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useExplorer } from '../explorerContext';
import { useCanvasPalette } from '../kit/canvasPalette';
import { pixelRatio } from '../kit/LayerCanvas';
import { useNetworkClient, useNetworkView } from './networkContext';

/** Whether this browser can hand a canvas to a worker. */
export const CAN_DRAW_IN_WORKER =
  typeof HTMLCanvasElement !== 'undefined' &&
  typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function';

export function WorkerCanvas({ width, height }: { width: number; height: number }) {
  const client = useNetworkClient();
  const digits = useExplorer((state) => state.network.digits);
  const margin = useExplorer((state) => state.network.margin);
  const hovered = useNetworkView((view) => view.hovered);
  const picked = useNetworkView((view) => view.picked);
  const { halo, ink } = useCanvasPalette();
  const ratio = pixelRatio();
  const state = useMemo(
    () => ({ width, height, ratio, digits, margin, picked, hovered, halo, ink }),
    [width, height, ratio, digits, margin, picked, hovered, halo, ink],
  );
  const canvas = useRef<HTMLCanvasElement>(null);
  // The element whose control was handed over: a canvas can be handed over only once.
  const handed = useRef<HTMLCanvasElement | null>(null);
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    if (handed.current === element) client.paint(state);
    else {
      handed.current = element;
      client.paint(state, element.transferControlToOffscreen());
    }
  }, [client, state]);
  return (
    <canvas
      ref={canvas}
      className="digit-map-canvas"
      style={{ width, height, left: 0, top: 0 }}
      aria-hidden="true"
    />
  );
}
