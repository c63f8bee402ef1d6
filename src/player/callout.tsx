import { type ReactNode, useId } from 'react';
import { useTranslation, useUiTextAttributes } from '../i18n/index.ts';
import type { CalloutNode } from '../content/types.ts';
import { TipIcon, WarningIcon } from '../ui/index.ts';

/** A tip or a warning: a region named by its visible title, so it can be found in the landmarks list. */
export function Callout({ callout, children }: { callout: CalloutNode; children: ReactNode }) {
  const { t } = useTranslation('player');
  const titleId = useId();
  const ui = useUiTextAttributes();
  const title = callout.title ?? t(callout.kind === 'tip' ? 'callout.tip' : 'callout.warning');
  return (
    <section className={`callout callout-${callout.kind}`} aria-labelledby={titleId}>
      <p className="callout-title" id={titleId} {...(callout.title ? {} : ui)}>
        {callout.kind === 'tip' ? <TipIcon className="callout-icon" /> : <WarningIcon className="callout-icon" />}
        {title}
      </p>
      {children}
    </section>
  );
}
