import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useActions, useFrames } from '../../../explorerContext';
import { LayerCanvas } from '../../../kit/LayerCanvas';
import type { PlaneLayout } from '../../geometry/layout';
import { createDenseDrawer, type DenseDrawer, type DenseProps } from './denseDrawer';

interface CanvasRefs {
  readonly base: RefObject<HTMLCanvasElement | null>;
  readonly marks: RefObject<HTMLCanvasElement | null>;
  readonly live: RefObject<HTMLCanvasElement | null>;
  readonly hooks: RefObject<HTMLDivElement | null>;
}

/**
 * The dense plane's drawer, for the plane component: React makes the elements (DenseCanvases and
 * the handles' group); the frame loop's live channel draws them every frame (see
 * denseDrawer.ts), and React only hands over what it decides: the view, the point in hand, the
 * toggles. Called by the plane itself, whose effects run once every element below it is in place.
 * Returns the refs to give the elements, and where the points were last drawn, for the press
 * handler.
 */
export function useDenseDrawer(enabled: boolean, props: DenseProps) {
  const frames = useFrames();
  const { nudgePoint, deletePoint, setHighlight, focusPoint } = useActions();
  const base = useRef<HTMLCanvasElement>(null);
  const marks = useRef<HTMLCanvasElement>(null);
  const live = useRef<HTMLCanvasElement>(null);
  const hooks = useRef<HTMLDivElement>(null);
  /** The SVG group the points' handles go in, rendered by the plane inside its marks. */
  const handles = useRef<SVGGElement>(null);
  const drawer = useRef<DenseDrawer | null>(null);

  useLayoutEffect(() => {
    if (!enabled || !base.current || !marks.current || !live.current) return;
    if (!handles.current || !hooks.current) return;
    const created = createDenseDrawer(
      {
        base: base.current,
        marks: marks.current,
        live: live.current,
        handles: handles.current,
        hooks: hooks.current,
      },
      {
        nudgePoint,
        deletePoint,
        focusPoint,
        blurPoint: () => setHighlight(null),
      },
    );
    drawer.current = created;
    created.draw(frames.live.getState());
    const unsubscribe = frames.live.subscribe((frame) => created.draw(frame));
    return () => {
      unsubscribe();
      created.destroy();
      drawer.current = null;
    };
  }, [
    enabled,
    frames,
    base,
    marks,
    live,
    hooks,
    handles,
    nudgePoint,
    deletePoint,
    setHighlight,
    focusPoint,
  ]);

  // Resizing a canvas clears it: the layers are drawn again with the new props.
  useLayoutEffect(() => {
    if (enabled) drawer.current?.draw(null, props);
  }, [enabled, props]);

  return {
    canvases: { base, marks, live, hooks },
    handlesRef: handles,
    drawn: (): PlaneLayout | null => drawer.current?.layout() ?? null,
  };
}

/** The three canvas layers of a dense scene, and the hidden container of its gradient hooks. */
export function DenseCanvases({
  refs: { base, marks, live, hooks },
  props,
  offset,
}: {
  refs: CanvasRefs;
  props: DenseProps;
  offset: { readonly left: number; readonly top: number };
}) {
  const { size } = props.scales;
  const { ratio } = props.look;
  const layer = { className: 'plane-canvas', size, ratio, offset };
  return (
    <>
      <LayerCanvas ref={base} name="symbols" {...layer} />
      <LayerCanvas ref={marks} name="marks" {...layer} />
      <LayerCanvas ref={live} name="live" {...layer} />
      <div ref={hooks} className="gradient-hooks" hidden />
    </>
  );
}
