import { useEffect, useState } from 'react';
import type { Checked } from '../../../scene/model';
import { drawQr, type QrDrawing } from './qrDrawing';

/** Waits this long after the last change, so a drag does not redraw the code every frame. */
const SETTLE_MS = 150;

/**
 * The QR code of `text`, drawn once it stops changing. The `qrcode` library is loaded on first use,
 * so it stays out of the bundle every visitor downloads.
 */
export function useQrCode(text: string): { text: string; drawing: Checked<QrDrawing> } | null {
  const [qr, setQr] = useState<{ text: string; drawing: Checked<QrDrawing> } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      import('qrcode').then(
        (library) => {
          if (live) setQr({ text, drawing: drawQr(library.create, text) });
        },
        () => {
          if (live)
            setQr({
              text,
              drawing: {
                ok: false,
                problems: [
                  'The QR code could not be made: its code did not load. Try reloading the page.',
                ],
              },
            });
        },
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return qr;
}
