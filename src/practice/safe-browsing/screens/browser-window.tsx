import { type ReactNode, useId, useState } from 'react';
import type { SafeBrowsingT } from './screen-props.ts';

interface BrowserWindowProps {
  t: SafeBrowsingT;
  /** The tab's title. */
  title: string;
  address: string;
  /** The practice's pretend full screen: the tab and the address bar are hidden, inside the practice only. */
  fullScreen?: boolean;
  /** Shows a × on the tab that closes it. */
  onCloseTab?: () => void;
  /** The padlock is a button that says what it means; otherwise it is only drawn. */
  padlockButton?: boolean;
  onPadlock?: () => void;
  className?: string;
  children: ReactNode;
}

/** A padlock drawn in the text colour, as browsers draw it beside the address. */
function PadlockIcon() {
  return (
    <svg className="sb-padlock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
    </svg>
  );
}

/**
 * The practice browser: a plain frame with one tab and an address bar, drawn
 * inside the practice so no one takes it for the real browser around it.
 */
export function BrowserWindow({ t, title, address, fullScreen = false, onCloseTab, padlockButton = false, onPadlock, className, children }: BrowserWindowProps) {
  const [padlockOpen, setPadlockOpen] = useState(false);
  const padlockPanel = useId();
  return (
    <section className={['sb-window', fullScreen ? 'sb-full-screen' : '', className].filter(Boolean).join(' ')} aria-label={t('window.label')}>
      {!fullScreen && (
        <div className="sb-chrome">
          <div className="sb-tab">
            <span className="sb-tab-title">{title}</span>
            {onCloseTab && (
              <button type="button" className="sb-tab-close" aria-label={t('window.closeTab', { title })} onClick={onCloseTab}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
          <div className="sb-bar">
            {padlockButton ? (
              <button
                type="button"
                className="sb-padlock"
                aria-expanded={padlockOpen}
                aria-controls={padlockPanel}
                onClick={() => {
                  setPadlockOpen((open) => !open);
                  onPadlock?.();
                }}
              >
                <PadlockIcon />
                <span className="visually-hidden">{t('window.padlock')}</span>
              </button>
            ) : (
              <span className="sb-padlock">
                <PadlockIcon />
              </span>
            )}
            <p className="sb-address">
              <span className="visually-hidden">{t('window.address')} </span>
              <bdi dir="ltr">{address}</bdi>
            </p>
          </div>
          {padlockButton && (
            <div id={padlockPanel} className="sb-padlock-panel" hidden={!padlockOpen}>
              <p>
                <strong>{t('window.padlockSays')}</strong>
              </p>
              <p>{t('window.padlockMeans')}</p>
            </div>
          )}
        </div>
      )}
      <div className="sb-page">{children}</div>
    </section>
  );
}

/** The drill's feedback: its heading takes focus when it appears. */
export function Feedback({ right, heading, children }: { right: boolean; heading: string; children: ReactNode }) {
  return (
    <div className={right ? 'sb-feedback sb-right' : 'sb-feedback sb-wrong'}>
      <h2 tabIndex={-1} data-focus-here="">
        {heading}
      </h2>
      {children}
    </div>
  );
}
