import { encode } from 'uqr';
import { useMemo } from 'react';

/** The QR code's squares as one SVG path, drawn by React: no SVG text is ever inserted as HTML. */
function pathOf(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return path;
}

/**
 * What the practice's QR code says when a real phone reads it: that it is
 * practice, and which code of the order it is. It names no real service and
 * opens nothing.
 */
export function practicePayload(scenario: string, frame: number): string {
  return `Nätvana: övning, inget här är på riktigt. Practice, nothing here is real. ${scenario} ${frame}`;
}

/** A real, readable QR code of the practice payload. Its name stays the same as it changes, so a screen reader is not told each change. */
export function PracticeQr({ text, label, large }: { text: string; label: string; large: boolean }) {
  const drawn = useMemo(() => {
    const { size, data } = encode(text, { ecc: 'M', border: 4 });
    return { size, path: pathOf(data) };
  }, [text]);
  return (
    <svg
      className={large ? 'eid-qr eid-qr-large' : 'eid-qr'}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-payload={text}
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
