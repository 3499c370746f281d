import { PanelSection } from '../PanelSection';
import { useDeferredValue } from 'react';
import { settledScene } from '../../../scene/store/storeLesson';
import { useExplorer, useExplorerStore } from '../../explorerContext';
import { QrImage, QrLarge } from './QrCode';
import { tooDenseForARoom } from './qrDrawing';
import { shareLink, type LessonStart } from './shareLink';
import { copyMessage, useCopy } from './useCopy';
import { useQrCode } from './useQrCode';

const QR_SIZE = '128px';

/** Copy link, the link itself in a field, and its QR code; a lesson's opens where `start` says. */
export function LinkSection({ start }: { start: LessonStart }) {
  const store = useExplorerStore();
  const scene = useDeferredValue(useExplorer(settledScene));
  const lesson = useExplorer((state) => state.lesson);
  const lessonAt = useExplorer((state) => state.lessonAt);
  const link = shareLink(scene, window.location, { lesson, lessonAt, start });
  const qr = useQrCode(link);
  const { field, copying, copy } = useCopy<HTMLInputElement>();

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
            {/* The store, not the render, holds the scene of this very moment. */}
            <button
              type="button"
              onClick={() =>
                void copy(
                  shareLink(settledScene(store.getState()), window.location, {
                    ...store.getState(),
                    start,
                  }),
                )
              }
            >
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
            {copyMessage(copying, 'link')}
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
