import { useRef } from 'react';
import type { QrDrawing } from './qrDrawing';

/** A QR code as an SVG image: black modules on white, whatever the page's theme. */
export function QrImage({
  drawing,
  size,
  label,
}: {
  drawing: QrDrawing;
  size: string;
  label: string;
}) {
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

/** A button that shows the code as large as the screen allows, to scan from the back of a room. */
export function QrLarge({ drawing }: { drawing: QrDrawing }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Show the QR code large
      </button>
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
    </>
  );
}
