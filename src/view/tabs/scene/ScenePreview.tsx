import type { Scene } from '../../../scene/model';
import { cachedPreviewDots, PREVIEW_HEIGHT, PREVIEW_WIDTH } from './presetPreview';

/** A scene's thumbnail: its points, coloured by identity, fitted into a small box. */
export function ScenePreview({ scene }: { scene: Scene }) {
  return (
    <svg
      className="preset-preview"
      width={PREVIEW_WIDTH}
      height={PREVIEW_HEIGHT}
      viewBox={`0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}`}
      aria-hidden="true"
    >
      {cachedPreviewDots(scene).map(({ colour, d }, id) => (
        <path key={id} d={d} fill={colour} />
      ))}
    </svg>
  );
}
