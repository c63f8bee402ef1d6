import { useEffect, useState } from 'react';
import type { encode as encodeQr } from 'uqr';

/** How every QR code in Nätvana is encoded: medium error correction, and the four-square quiet border cameras need. */
export const qrOptions = { ecc: 'M', border: 4 } as const;

/** A QR code ready to draw: its width in squares, and its dark squares as one SVG path. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** Turns uqr's grid of squares into one SVG path, drawn by React: no SVG text is ever inserted as HTML. */
export function qrDrawing({ size, data }: ReturnType<typeof encodeQr>): QrDrawing {
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size, path };
}

export interface QrPictureProps {
  drawing: QrDrawing;
  /** What the picture is, for a screen reader. */
  label: string;
  className?: string;
  /** The text the code holds, on the element for tests and for anyone inspecting the page. */
  payload?: string;
}

/** A drawn QR code: black squares on white, whatever the theme, as cameras read them best. */
export function QrPicture({ drawing, label, className = 'qr-code', payload }: QrPictureProps) {
  return (
    <svg className={className} viewBox={`0 0 ${drawing.size} ${drawing.size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-payload={payload}>
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}

export interface LazyQrCodeProps {
  text: string;
  label: string;
  /** Shown while the QR library downloads. */
  loadingText: string;
  /** Shown if it cannot download (offline, say): the link beside the code still works. */
  failedText: string;
  /** Shown when the text is too long for a QR code; `failedText` when not given. */
  tooLongText?: string;
  className?: string;
}

/** A QR code of `text` on a page that does not otherwise need one: the QR library (uqr) downloads only when the code is shown. */
export function LazyQrCode({ text, label, loadingText, failedText, tooLongText = failedText, className }: LazyQrCodeProps) {
  const [drawn, setDrawn] = useState<{ text: string; drawing: QrDrawing } | 'failed' | 'tooLong'>();
  useEffect(() => {
    let current = true;
    import('uqr').then(
      ({ encode }) => {
        if (!current) return;
        // uqr throws when the text does not fit the largest QR code: say so, rather than "loading" for ever.
        try {
          setDrawn({ text, drawing: qrDrawing(encode(text, qrOptions)) });
        } catch {
          setDrawn('tooLong');
        }
      },
      () => current && setDrawn('failed'),
    );
    return () => {
      current = false;
    };
  }, [text]);
  if (drawn === 'failed') return <p>{failedText}</p>;
  if (drawn === 'tooLong') return <p>{tooLongText}</p>;
  if (!drawn || drawn.text !== text) return <p>{loadingText}</p>;
  return <QrPicture drawing={drawn.drawing} label={label} className={className} />;
}
