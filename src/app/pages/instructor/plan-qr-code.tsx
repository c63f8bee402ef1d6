import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/index.ts';

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

/** A QR code of the class's link, for the learners' phones; uqr downloads only when it is shown. */
export function PlanQrCode({ text }: { text: string }) {
  const { t } = useTranslation('instructor');
  const [drawn, setDrawn] = useState<{ text: string; size: number; path: string } | 'failed'>();
  useEffect(() => {
    let current = true;
    import('uqr').then(
      ({ encode }) => {
        const { size, data } = encode(text, { ecc: 'M', border: 4 });
        if (current) setDrawn({ text, size, path: pathOf(data) });
      },
      () => current && setDrawn('failed'),
    );
    return () => {
      current = false;
    };
  }, [text]);
  if (drawn === 'failed') return <p>{t('plan.qrFailed')}</p>;
  if (!drawn || drawn.text !== text) return <p>{t('plan.qrLoading')}</p>;
  return (
    <svg className="qr-code" viewBox={`0 0 ${drawn.size} ${drawn.size}`} role="img" aria-label={t('plan.qrAlt')} shapeRendering="crispEdges">
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
