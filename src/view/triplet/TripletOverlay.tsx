import type { OverlayProps } from '../losses/lossViews';

export function TripletOverlay(_props: OverlayProps) {
  return null;
}
