/**
 * The plane's size on screen, its fitted view and scales, and where every point and arrow falls:
 * what all the layers draw from.
 */
import { useMemo } from 'react';
import type { Evaluation } from '../../scene/evaluation';
import { useElementSize, useMediaQuery, useWindowHeight } from '../kit/measure';
import { useExplorer } from '../explorerContext';
import { useDisplay } from '../theme/useDisplay';
import { layoutPlane } from './geometry/layout';
import { planeScales } from './geometry/scales';
import { useFittedView } from './useFittedView';

/** Room for the tick labels around the plot area, px. */
export const FRAME = { top: 14, right: 14, bottom: 34, left: 46 } as const;
/** The smallest plane, px: below it a scene cannot be read. */
const MIN_SIZE = 240;
/** In presentation only the presentation bar and the caption share the window's height. */
const PRESENTING_CHROME = 150;
const PRESENTING_MAX = { normal: 900, wide: 1400 } as const;
const WIDE_SCREEN = '(min-width: 1800px)';
/**
 * In another page's frame the window's height is the page's own, reported to the parent, which
 * sizes the frame to it (embedHeight.ts): a plane sized to it would grow with every report. It is
 * a square at the frame's width, no taller than this.
 */
const EMBEDDED_MAX_HEIGHT = 640;

/**
 * The plane fills the box the room's stylesheet gives its area (`.plane-area`, which contains its
 * size so the plane inside cannot feed back into it): the lab's figure beside its panel, the
 * article's figure beside the text, a square on a phone. Presentation and a frame size it here.
 */
export function usePlaneGeometry(evaluation: Evaluation, loads: number) {
  const [areaRef, available] = useElementSize<HTMLDivElement>(560);
  const windowHeight = useWindowHeight(800);
  const wide = useMediaQuery(WIDE_SCREEN);
  const presenting = useDisplay((display) => display.presenting);
  const embedded = useDisplay((display) => display.embedded);
  // Its height follows the window or its box, not the content around it, so a message appearing
  // below never shrinks the plane mid-drag. Both axes keep the same units per pixel whatever the
  // shape (see fitViewport).
  const width = Math.floor(
    Math.max(
      MIN_SIZE,
      presenting
        ? Math.min(available.width, PRESENTING_MAX[wide ? 'wide' : 'normal'])
        : available.width,
    ),
  );
  const height = Math.floor(
    embedded
      ? Math.min(width, EMBEDDED_MAX_HEIGHT)
      : presenting
        ? Math.max(MIN_SIZE, Math.min(width, windowHeight - PRESENTING_CHROME))
        : Math.max(MIN_SIZE, available.height),
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
