import type { OverlayProps } from '../losses/lossViews';

export function InfoNceOverlay(_props: OverlayProps) {
  return null;
}
