import { PanelSection } from '../PanelSection';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useExplorer, useExplorerStore } from '../../explorerContext';
import { QrImage, QrLarge } from './QrCode';
import { tooDenseForARoom } from './qrDrawing';
import { shareLink } from './shareLink';
import { useQrCode } from './useQrCode';

type Copying = 'idle' | 'copied' | 'refused';

/** How long "Link copied" stays up. */
const CONFIRM_MS = 4000;

const QR_SIZE = '128px';

/** Copy link, the link itself in a field, and its QR code. */
export function LinkSection() {
  const store = useExplorerStore();
  const scene = useDeferredValue(useExplorer((state) => state.scene));
  const lesson = useExplorer((state) => state.lesson);
  const lessonAt = useExplorer((state) => state.lessonAt);
  const link = shareLink(scene, window.location, { lesson, lessonAt });
  const qr = useQrCode(link);
  const field = useRef<HTMLInputElement>(null);
  const [copying, setCopying] = useState<Copying>('idle');

  useEffect(() => {
    if (copying !== 'copied') return;
    const timer = setTimeout(() => setCopying('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [copying]);

  const copy = async () => {
    // The store, not the render, holds the scene of this very moment.
    const text = shareLink(store.getState().scene, window.location, store.getState());
    try {
      // Only a secure page has a clipboard.
      const { clipboard } = navigator as Partial<Navigator>;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      setCopying('copied');
    } catch {
      // The browser refused (an insecure page, a denied permission): the text is ready to copy by hand.
      field.current?.focus();
      field.current?.select();
      setCopying('refused');
    }
  };

  return (
    <PanelSection title="Share this scene">
      <div className="share-qr">
        {qr === null ? (
          // The code's place is kept while it is made, so the button beside it does not jump.
          <div className="qr-image" style={{ width: QR_SIZE, height: QR_SIZE }} />
        ) : (
          qr.drawing.ok && (
            <QrImage
              drawing={qr.drawing.value}
              size={QR_SIZE}
              label="QR code of the link to this scene"
            />
          )
        )}
        <div className="share-qr-text">
          <div className="share-row">
            <button type="button" onClick={() => void copy()}>
              Copy link
            </button>
            <input
              ref={field}
              className="share-link"
              type="text"
              readOnly
              value={link}
              aria-label="Link to this scene"
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <p className="share-status" role="status">
            {copying === 'copied' && 'Link copied'}
            {copying === 'refused' &&
              'The browser did not let the page copy. The link is selected in the box: press Ctrl+C (⌘C on a Mac) to copy it.'}
          </p>
          {qr === null ? (
            <p className="share-hint">Making the QR code…</p>
          ) : qr.drawing.ok ? (
            <>
              <p>
                Students can point a phone’s camera at the code to open this scene, as it is now, on
                their own screen.
              </p>
              {tooDenseForARoom(qr.drawing.value) && (
                <p className="share-hint" data-testid="qr-dense">
                  This link is {link.length.toLocaleString('en-US')} characters long, since it holds
                  every point’s place, so its code is too fine to scan from the back of a room.
                  Phones read it up close; for a class, share the link itself, or show a scene with
                  fewer points.
                </p>
              )}
              <QrLarge drawing={qr.drawing.value} />
            </>
          ) : (
            <p className="share-hint">{qr.drawing.problems.join(' ')}</p>
          )}
        </div>
      </div>
    </PanelSection>
  );
}
