import { useRef } from 'react';
import type { QrDrawing } from './qrDrawing';

/** A QR code as an SVG image: black modules on white, whatever the page's theme. */
function QrImage({ drawing, size, label }: { drawing: QrDrawing; size: string; label: string }) {
  const { width, path } = drawing;
  return (
    <svg
      className="qr-image"
      viewBox={`0 0 ${width} ${width}`}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={width} height={width} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The code beside a sentence on what it is for, and a button to show it large for a projector. */
export function QrCode({ drawing }: { drawing: QrDrawing }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div className="share-qr">
      <QrImage drawing={drawing} size="132px" label="QR code of the link to this scene" />
      <div className="share-qr-text">
        <p>
          Students can point a phone’s camera at this code to open the scene as it is now on their
          own screen.
        </p>
        <button type="button" onClick={() => dialog.current?.showModal()}>
          Show the QR code large
        </button>
      </div>
      <dialog ref={dialog} className="qr-dialog" aria-label="QR code of this scene, large">
        <QrImage
          drawing={drawing}
          size="min(80vh, 86vw, 720px)"
          label="QR code of the link to this scene, large"
        />
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </div>
  );
}
