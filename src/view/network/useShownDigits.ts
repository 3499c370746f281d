/** Which images the maps show: those of the digits chosen in the settings. */
import { useMemo } from 'react';
import { useExplorer } from '../explorerContext';
import { useNetworkView } from './networkContext';

export function useShownDigits(): (image: number) => boolean {
  const digits = useExplorer((state) => state.network.digits);
  const images = useNetworkView((view) => view.images);
  return useMemo(() => {
    const chosen = new Set(digits);
    return (image: number) => images !== null && chosen.has(images.digits[image]!);
  }, [digits, images]);
}
