/**
 * The plane's size on screen, its fitted view and scales, and where every point and arrow falls:
 * what all the layers draw from.
 */
import { useMemo } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { useElementSize, useMediaQuery, useWindowHeight } from '../kit/measure';
import { useExplorer } from '../explorerContext';
import { useDisplay } from '../presentation/useDisplay';
import { layoutPlane } from '../kit/layout';
import { planeScales } from '../kit/scales';
import { useFittedView } from './useFittedView';

/** Room for the tick labels around the plot area, px. */
export const FRAME = { top: 14, right: 14, bottom: 34, left: 46 } as const;
/** The widest the plane grows, and on screens from 1800 px wide (a 4K projector), wider still. */
const MAX_WIDTH = { normal: 900, wide: 1400 } as const;
const WIDE_SCREEN = '(min-width: 1800px)';
/** Room the page keeps above and below the plane when fitting it to the window's height. */
const PAGE_CHROME = 190;
/**
 * Beside the article: room for the toolbar, slider, training bar and the top of the panel (the
 * total and the tabs), so they are in view with the plane.
 */
const STICKY_CHROME = 400;
/**
 * Beside the article in a short window, where the knob and the training controls stand beside the
 * plane (figure-layout.css): room for the toolbar, the caption and the top of the panel down to the first
 * rows of the table, on a 1366×768 laptop.
 */
const SIDE_CONTROLS_CHROME = 470;
const STICKY_HEIGHT = { min: 300, max: 640, wideMax: 1100 } as const;
export const SIDE_CONTROLS = '(min-width: 1100px) and (max-height: 860px)';
/** In presentation only the presentation bar and the caption share the window's height. */
const PRESENTING_CHROME = 150;
/**
 * In another page's frame the window's height is the page's own, reported to the parent, which
 * sizes the frame to it (embedHeight.ts): a plane sized to it would grow with every report. It is
 * a square at the frame's width, no taller than this.
 */
const EMBEDDED_MAX_HEIGHT = 640;
/** Where the page switches to a sticky figure column beside the article (see layout.css). */
export const STICKY_LAYOUT = '(min-width: 1100px)';

export function usePlaneGeometry(evaluation: Evaluation, loads: number) {
  const [areaRef, available] = useElementSize<HTMLDivElement>(560);
  const windowHeight = useWindowHeight(800);
  const sticky = useMediaQuery(STICKY_LAYOUT);
  const wide = useMediaQuery(WIDE_SCREEN);
  const sideControls = useMediaQuery(SIDE_CONTROLS);
  const presenting = useDisplay((display) => display.presenting);
  const embedded = useDisplay((display) => display.embedded);
  // Its height follows the window, not the content around it, so a message appearing below never
  // shrinks the plane mid-drag. Both axes keep the same units per pixel whatever the shape (see
  // fitViewport).
  const width = Math.floor(
    Math.max(240, Math.min(available.width, wide ? MAX_WIDTH.wide : MAX_WIDTH.normal)),
  );
  const stickyMax = wide ? STICKY_HEIGHT.wideMax : STICKY_HEIGHT.max;
  const height = Math.floor(
    embedded
      ? Math.min(width, EMBEDDED_MAX_HEIGHT)
      : presenting
        ? Math.max(STICKY_HEIGHT.min, Math.min(width, windowHeight - PRESENTING_CHROME))
        : sideControls
          ? Math.max(STICKY_HEIGHT.min, Math.min(width, windowHeight - SIDE_CONTROLS_CHROME))
          : sticky
            ? Math.min(stickyMax, Math.max(STICKY_HEIGHT.min, windowHeight - STICKY_CHROME))
            : Math.max(240, Math.min(width, Math.max(360, windowHeight - PAGE_CHROME))),
  );
  const size = useMemo(
    () => ({ width: width - FRAME.left - FRAME.right, height: height - FRAME.top - FRAME.bottom }),
    [width, height],
  );
  const training = useExplorer((state) => state.training.status === 'running');
  const arriving = useExplorer((state) => state.glide?.to ?? null);
  const { view, refit } = useFittedView(evaluation, size, loads, training, arriving);
  const scales = useMemo(() => planeScales(view.viewport, size), [view.viewport, size]);
  const layout = layoutPlane(evaluation, scales, view.arrowScale);
  return { areaRef, width, height, size, view, refit, scales, layout };
}
