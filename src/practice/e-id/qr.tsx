import { useEffect, useMemo, useState } from 'react';
import { loadOnce } from '../../loading/index.ts';
import { Button, QrPicture, qrDrawing, qrOptions } from '../../ui/index.ts';

/**
 * What the practice's QR code says when a real phone reads it: that it is
 * practice, and which code of the order it is. It names no real service and
 * opens nothing.
 */
export function practicePayload(scenario: string, frame: number): string {
  return `Nätvana: övning, inget här är på riktigt. Practice, nothing here is real. ${scenario} ${frame}`;
}

/**
 * The QR library (uqr) downloads when a learner is about to see a code, not
 * with the practice: most e-ID scenarios never show one (this device, the
 * call, the phone alone), and each step's download stays small.
 */
const qrLibrary = loadOnce(() => import('uqr'));

/** Starts the download before the code is needed (the learner moves to "other device"), so it is drawn at once. */
export function preloadPracticeQr(): void {
  qrLibrary.load().catch(() => undefined);
}

export interface PracticeQrProps {
  text: string;
  label: string;
  large: boolean;
  /** Shown for the moment the library downloads. */
  loadingText: string;
  /** Shown if it cannot download, with a button to try again. */
  failedText: string;
  retryText: string;
}

/**
 * A real, readable QR code of the practice payload. Once the library is
 * here the code is drawn at once on each change, with no loading text in
 * between. Its name stays the same as it changes, so a screen reader is not
 * told each change.
 */
export function PracticeQr({ text, label, large, loadingText, failedText, retryText }: PracticeQrProps) {
  const [library, setLibrary] = useState(qrLibrary.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (library || failed) return;
    let current = true;
    qrLibrary.load().then(
      (loaded) => current && setLibrary(() => loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [library, failed]);
  const drawing = useMemo(() => (library ? qrDrawing(library.encode(text, qrOptions)) : undefined), [library, text]);
  if (drawing) return <QrPicture drawing={drawing} label={label} className={large ? 'eid-qr eid-qr-large' : 'eid-qr'} payload={text} />;
  if (failed) {
    return (
      <div className="eid-qr-missing">
        <p>{failedText}</p>
        <Button variant="secondary" onClick={() => setFailed(false)}>
          {retryText}
        </Button>
      </div>
    );
  }
  return <p className="eid-qr-missing">{loadingText}</p>;
}
