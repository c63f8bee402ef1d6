import { encode } from 'uqr';
import { useMemo } from 'react';
import { QrPicture, qrDrawing, qrOptions } from '../../ui/index.ts';

/**
 * What the practice's QR code says when a real phone reads it: that it is
 * practice, and which code of the order it is. It names no real service and
 * opens nothing.
 */
export function practicePayload(scenario: string, frame: number): string {
  return `Nätvana: övning, inget här är på riktigt. Practice, nothing here is real. ${scenario} ${frame}`;
}

/**
 * A real, readable QR code of the practice payload. The practice's chunk
 * carries uqr, so the code is drawn at once on each change, with no loading
 * text in between. Its name stays the same as it changes, so a screen reader
 * is not told each change.
 */
export function PracticeQr({ text, label, large }: { text: string; label: string; large: boolean }) {
  const drawing = useMemo(() => qrDrawing(encode(text, qrOptions)), [text]);
  return <QrPicture drawing={drawing} label={label} className={large ? 'eid-qr eid-qr-large' : 'eid-qr'} payload={text} />;
}
